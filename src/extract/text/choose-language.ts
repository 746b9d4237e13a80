import type { Diagnostic } from '../types.ts';
import { detectLanguage } from './detect-language.ts';

/** The languages the extractor has rules for (src/extract/lang/<language>/). */
export type RulesLanguage = 'de' | 'en';

export interface LanguageChoice {
  /** the language the document is in, as declared or guessed ("de", "fr", "und" when no word told) */
  documentLang: string;
  /** the rules to read it with; null when its language has none: it is stored, not extracted */
  rules: RulesLanguage | null;
  /** why it is not extracted (rules null), as the Document and the CLI say it */
  notExtractedReason: string | null;
  /** what the choice tells the reader (a guess with low confidence, English rules on an unknown language) */
  diagnostics: Diagnostic[];
}

/** Primary language subtags (ISO 639-1 and -2) of the languages with rules. */
const RULES: Record<string, RulesLanguage> = { de: 'de', deu: 'de', ger: 'de', en: 'en', eng: 'en' };

const rulesFor = (lang: string): RulesLanguage | null => RULES[lang.split(/[-_]/)[0] ?? ''] ?? null;

/**
 * The document's language (as its metadata declares it, else guessed from the body) and the rules to
 * read it with:
 * - declared: German or English rules for de/en ("de-AT", "eng" too); any other language has no rules,
 *   and the document is not extracted. "und" (undetermined) counts as not declared.
 * - guessed reliably (detect-language.ts): the same.
 * - guessed with low confidence: de/en rules when the guess is de/en; not extracted when the guess is a
 *   language without rules (fr, es, it, nl: their function words outnumber German and English ones,
 *   which no paragraph of the German and English gold articles does); English rules, with a warning,
 *   when no function word of any language was seen ("und": a headline, a list of names).
 */
export function chooseLanguage(body: string, declared: string | null): LanguageChoice {
  const diagnostics: Diagnostic[] = [];
  const given = declared?.toLowerCase() ?? null;
  if (given && given !== 'und') {
    const rules = rulesFor(given);
    return { documentLang: given, rules, notExtractedReason: rules ? null : noRules(given), diagnostics };
  }
  const { lang, reliable } = detectLanguage(body);
  if (!reliable) diagnostics.push({ level: 'info', message: `language guessed as "${lang}" with low confidence` });
  const rules = rulesFor(lang);
  if (rules) return { documentLang: lang, rules, notExtractedReason: null, diagnostics };
  if (lang === 'und') {
    diagnostics.push({ level: 'warning', message: `no rules for language "${lang}"; English rules used` });
    return { documentLang: lang, rules: 'en', notExtractedReason: null, diagnostics };
  }
  const how = reliable ? 'detected from the text' : 'guessed from the text with low confidence';
  return { documentLang: lang, rules: null, notExtractedReason: `${noRules(lang)}, ${how}`, diagnostics };
}

const noRules = (lang: string) => `no rules for language "${lang}"`;
