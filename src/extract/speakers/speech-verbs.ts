// Verbs and phrases that introduce speech, from the language packs (speech-verbs.json). Finite and
// participle forms are listed (German has no cheap lemmatiser offline); "so X" and "laut X" are
// source cues without a verb and handled next to the verbs.

import { everyLanguagePack, type LanguagePack } from '../lang/language-pack.ts';
import { anyOf, anyPhraseOf, escapePhrase, escapeRegExp } from '../lang/word-alternation.ts';

// German separable verbs split around an inverted subject: "räumte Reiter ein", "fügte er hinzu",
// "teilte das Ministerium mit". The finite part counts as the verb when its particle closes the clause.
function separablePattern(separable: NonNullable<LanguagePack['speechVerbs']['separable']>): string {
  return (
    `(?:${separable.verbs.map(escapeRegExp).join('|')})(?=\\s[^,.;:!?“”„"]{1,50}?\\s` +
    `(?:${separable.particles.map(escapeRegExp).join('|')})(?:[,.;:!?]|\\s*$))`
  );
}

const patterns = new WeakMap<LanguagePack, RegExp>();

/** A pack's speech verbs (pack data: src/extract/lang/<lang>/speech-verbs.json) as one pattern, built once per pack. */
export function speechVerbPattern(pack: LanguagePack): RegExp {
  let re = patterns.get(pack);
  if (!re) {
    const { verbs, separable } = pack.speechVerbs;
    const sorted = [...verbs].sort((a, b) => b.length - a.length).map(escapePhrase);
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

const capitalised = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// The cue lists below are matched in any text, whatever its language (a German article cites an
// English source, and the other way round), so each is built once from every pack combined.
// Their alternatives end at a word's end (or at the end of the text), so their order does not matter.
const packs = everyLanguagePack();

/** Source cues before the source ("laut", "according to") and after it ("zufolge"). */
export const SOURCE_CUE = new RegExp(
  '(?<![\\p{L}])(?:' +
    anyOf(
      packs.flatMap((p) => [
        ...p.speechVerbs.sourceCues.beforeSource.flatMap((c) => [c, capitalised(c)]),
        ...p.speechVerbs.sourceCues.afterSource,
      ]),
    ) +
    ')(?![\\p{L}])',
  'gu',
);

/**
 * A sentence opening with its source: "Laut Reuters", "According to X", "Nach Angaben der Polizei",
 * "Wie dpa berichtete,"; the cues before the source, capitalised, and the source clauses.
 */
export const SOURCE_START = new RegExp(
  `^(?:${
    [
      ...packs.flatMap((p) => p.speechVerbs.sourceCues.beforeSource.map((c) => escapeRegExp(capitalised(c)))),
      ...packs.flatMap((p) =>
        p.speechVerbs.sourceClauses.map(
          (c) => `${escapeRegExp(capitalised(c.opener))} .{1,40}? ${escapeRegExp(c.verb)},`,
        ),
      ),
    ].join('|') || '(?!)'
  })\\s+`,
  'u',
);

/** Source cues that follow their source: "Insidern zufolge". */
export const SOURCE_CUE_AFTER: ReadonlySet<string> = new Set(
  packs.flatMap((p) => p.speechVerbs.sourceCues.afterSource),
);

/** Verbs that attribute a quoted characterisation ("X called it “overdue”") but introduce no reported speech. */
export const QUOTE_VERBS = new RegExp(
  `(?<![\\p{L}-])(?:${anyOf(packs.flatMap((p) => p.speechVerbs.characterisingVerbs))})(?![\\p{L}-])`,
  'gu',
);

/** "hieß es", "heißt es": speech without a speaker; what follows says where it came from. */
export const IMPERSONAL_CUE = new RegExp(`^(?:${anyPhraseOf(packs.flatMap((p) => p.speechVerbs.impersonal))})$`, 'u');

/** "aus dem Ministerium" after "hieß es": where impersonal words came from. */
export const IMPERSONAL_SOURCE = new RegExp(
  `^(?:${anyOf(packs.flatMap((p) => p.speechVerbs.impersonalSources))})\\s`,
  'iu',
);

/** "…“, so Laane": a cue without a verb opening the words after a quote. */
export const CUE_BEFORE_NAME = new RegExp(`^(?:${anyOf(packs.flatMap((p) => p.speechVerbs.cuesBeforeName))})\\s+`);

/** An auxiliary closing the words before a speech verb: "Rubio had" (said). */
export const AUXILIARIES = new RegExp(`\\s+(?:${anyOf(packs.flatMap((p) => p.speechVerbs.auxiliaries))})$`);

export interface VerbHit {
  start: number;
  end: number;
  text: string;
}

export function speechVerbsIn(text: string, offset: number, pack: LanguagePack): VerbHit[] {
  const re = speechVerbPattern(pack);
  const hits: VerbHit[] = [];
  for (const m of text.matchAll(re))
    hits.push({ start: offset + (m.index ?? 0), end: offset + (m.index ?? 0) + m[0].length, text: m[0] });
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
