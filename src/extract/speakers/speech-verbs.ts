// Verbs and phrases that introduce speech in German and English news. Finite and participle forms
// are listed (German has no cheap lemmatiser offline); "so X" and "laut X" are source cues without
// a verb and handled next to the verbs.

import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const escapeExact = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

// German separable verbs split around an inverted subject: "räumte Reiter ein", "fügte er hinzu",
// "teilte das Ministerium mit". The finite part counts as the verb when its particle closes the clause.
function separablePattern(separable: NonNullable<LanguagePack['speechVerbs']['separable']>): string {
  return `(?:${separable.verbs.map(escapeExact).join('|')})(?=\\s[^,.;:!?“”„"]{1,50}?\\s(?:${separable.particles.map(escapeExact).join('|')})(?:[,.;:!?]|\\s*$))`;
}

const patterns = new WeakMap<LanguagePack, RegExp>();

/** A pack's speech verbs (pack data: src/extract/lang/<lang>/speech-verbs.json) as one pattern, built once per pack. */
export function speechVerbPattern(pack: LanguagePack): RegExp {
  let re = patterns.get(pack);
  if (!re) {
    const { verbs, separable } = pack.speechVerbs;
    const sorted = [...verbs].sort((a, b) => b.length - a.length).map(escape);
    if (separable) sorted.push(separablePattern(separable));
    re = new RegExp(`(?<![\\p{L}-])(?:${sorted.join('|')})(?![\\p{L}-])`, 'gu');
    patterns.set(pack, re);
  }
  return re;
}

/** Every pack's speech-verb pattern, for text that may quote a speaker of another language. */
export function everySpeechVerbPattern(): RegExp[] {
  return everyLanguagePack().map(speechVerbPattern);
}

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

export function speechVerbsIn(text: string, offset: number, pack: LanguagePack): VerbHit[] {
  const re = speechVerbPattern(pack);
  const hits: VerbHit[] = [];
  for (const m of text.matchAll(re)) hits.push({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, text: m[0] });
  return hits;
}

/** The first speech verb of the pack's language, else of another pack's: a German article quotes an English speaker. */
export function firstSpeechVerb(text: string, offset: number, pack: LanguagePack): VerbHit | undefined {
  const own = speechVerbsIn(text, offset, pack)[0];
  if (own) return own;
  for (const other of everyLanguagePack()) {
    if (other === pack) continue;
    const hit = speechVerbsIn(text, offset, other)[0];
    if (hit) return hit;
  }
  return undefined;
}
