// Verbs and phrases that introduce speech in German and English news. Finite and participle forms
// are listed (German has no cheap lemmatiser offline); "so X" and "laut X" are source cues without
// a verb and handled next to the verbs.

import { readFileSync } from 'node:fs';
import { z } from 'zod';

// The verb lists are data in each language's pack (src/extract/lang/<lang>/speech-verbs.json).
const packSchema = z.object({ description: z.string(), verbs: z.array(z.string().min(1)) });
function verbsOf(lang: 'de' | 'en'): string[] {
  return packSchema.parse(JSON.parse(readFileSync(new URL(`../lang/${lang}/speech-verbs.json`, import.meta.url), 'utf8'))).verbs;
}
const GERMAN = verbsOf('de');
const ENGLISH = verbsOf('en');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');

function pattern(words: string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}-])(?:${sorted.join('|')})(?![\\p{L}-])`, 'gu');
}

// German separable verbs split around an inverted subject: "räumte Reiter ein", "fügte er hinzu",
// "teilte das Ministerium mit". The finite part counts as the verb when its particle closes the clause.
const SEPARABLE =
  '(?:räumte|räumten|fügte|fügten|kündigte|kündigten|teilte|teilten|stellte|stellten|hob|hoben|wies|wiesen|gab|gaben)(?=\\s[^,.;:!?“”„"]{1,50}?\\s(?:ein|hinzu|an|mit|klar|hervor|zu bedenken|darauf hin)(?:[,.;:!?]|\\s*$))';

function germanPattern(words: string[]): RegExp {
  const sorted = [...words].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}-])(?:${sorted.join('|')}|${SEPARABLE})(?![\\p{L}-])`, 'gu');
}

export const SPEECH_VERBS: Record<'de' | 'en', RegExp> = { de: germanPattern(GERMAN), en: pattern(ENGLISH) };

/** German "so X" after a quote or clause, and source prepositions: laut, according to, zufolge. */
export const SOURCE_CUE = /(?<![\p{L}])(?:according to|laut|Laut|According to|[Nn]ach Angaben (?:von|des|der)|[Nn]ach Worten (?:von|des|der)|[Nn]ach (?:Ansicht|Einschätzung|Auffassung|Meinung|Überzeugung) (?:von|des|der)|zufolge)(?![\p{L}])/gu;

/** Verbs that attribute a quoted characterisation ("X called it “overdue”") but introduce no reported speech. */
export const QUOTE_VERBS = /(?<![\p{L}-])(?:called|calls|calling|described|describes|dubbed|termed|nannte|nennt)(?![\p{L}-])/gu;

/** "hieß es", "heißt es": speech without a speaker; what follows says where it came from. */
export const IMPERSONAL_CUE = /^(?:hieß|heißt)\s+es$/u;

export const AUXILIARIES = /\s+(?:has|have|had|hat|hatte|hatten|haben|will|would|wird|werden|wurde|is|was|were|are)$/;

export interface VerbHit {
  start: number;
  end: number;
  text: string;
}

export function speechVerbsIn(text: string, offset: number, lang: string): VerbHit[] {
  const re = lang === 'de' ? SPEECH_VERBS.de : SPEECH_VERBS.en;
  const hits: VerbHit[] = [];
  for (const m of text.matchAll(re)) hits.push({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, text: m[0] });
  return hits;
}
