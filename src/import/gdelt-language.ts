// The language of a GDELT Global Quotation Graph record as the graph stores languages: an ISO 639-1
// code. GDELT writes a language's English name in capitals ("ENGLISH", "GERMAN"); an ISO code ("en",
// "deu") is read as well. A name the table does not list is kept, lower-cased, rather than lost.

/** English names of the languages GDELT's news monitoring covers most, and their ISO 639-1 codes. */
const BY_NAME: Record<string, string> = {
  afrikaans: 'af',
  albanian: 'sq',
  arabic: 'ar',
  armenian: 'hy',
  bengali: 'bn',
  bosnian: 'bs',
  bulgarian: 'bg',
  catalan: 'ca',
  chinese: 'zh',
  croatian: 'hr',
  czech: 'cs',
  danish: 'da',
  dutch: 'nl',
  english: 'en',
  estonian: 'et',
  finnish: 'fi',
  french: 'fr',
  georgian: 'ka',
  german: 'de',
  greek: 'el',
  hebrew: 'he',
  hindi: 'hi',
  hungarian: 'hu',
  icelandic: 'is',
  indonesian: 'id',
  italian: 'it',
  japanese: 'ja',
  korean: 'ko',
  latvian: 'lv',
  lithuanian: 'lt',
  macedonian: 'mk',
  malay: 'ms',
  norwegian: 'no',
  persian: 'fa',
  polish: 'pl',
  portuguese: 'pt',
  romanian: 'ro',
  russian: 'ru',
  serbian: 'sr',
  slovak: 'sk',
  slovenian: 'sl',
  spanish: 'es',
  swahili: 'sw',
  swedish: 'sv',
  tamil: 'ta',
  thai: 'th',
  turkish: 'tr',
  ukrainian: 'uk',
  urdu: 'ur',
  vietnamese: 'vi',
};

/** ISO 639-2/3 codes of the same languages (bibliographic and terminological where they differ). */
const BY_ALPHA3: Record<string, string> = {
  ara: 'ar',
  chi: 'zh',
  zho: 'zh',
  dut: 'nl',
  nld: 'nl',
  eng: 'en',
  fre: 'fr',
  fra: 'fr',
  ger: 'de',
  deu: 'de',
  ita: 'it',
  jpn: 'ja',
  pol: 'pl',
  por: 'pt',
  rus: 'ru',
  spa: 'es',
  tur: 'tr',
  ukr: 'uk',
};

/**
 * "ENGLISH" → "en", "German" → "de", "en" → "en", "deu" → "de", "en-GB" → "en"; a name the table does
 * not list → that name lower-cased ("kinyarwanda"); nothing (missing, blank, not text) → null.
 */
export function gdeltLanguage(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const v = value.trim().toLowerCase();
  if (!v) return null;
  const region = /^([a-z]{2,3})[-_][a-z0-9]+$/.exec(v);
  const code = region ? region[1]! : v;
  if (/^[a-z]{2}$/.test(code)) return code;
  return BY_NAME[code] ?? BY_ALPHA3[code] ?? v;
}
