// Whether two renderings (quotes or claims) render the same statement, and how: the pairwise step of
// quote lineage (docs/lineage.md). Precision first: a wrong link misleads, a missing one only hides.

import { conceptsOf, type Lexicon, defaultLexicon } from './lexicon.ts';
import { wordsOf } from './words.ts';
import { textKey } from '../extract/text/normalize.ts';

export type VariantKind = 'repeat' | 'near-duplicate' | 'fragment' | 'translation' | 'paraphrase' | 'reported';

export interface Rendering {
  /** the quote's or claim's id, or any key of the caller's */
  id: string;
  text: string;
  lang: string;
  /** a claim renders the statement in reported speech */
  reported: boolean;
  speakerId: string | null;
  /** the earliest day the rendering is known from (its earliest source's publication), YYYY-MM-DD */
  publishedAt: string | null;
}

export interface RenderingLink {
  a: string;
  b: string;
  kind: VariantKind;
  confidence: number;
  evidence: string;
}

/** Renderings whose sources lie further apart are not compared: statements travel within days. */
export const WINDOW_DAYS = 14;
const MIN_WORDS = 3;

/** The longest common subsequence of two word lists (dynamic programming; quotes are short). */
function lcs(a: readonly string[], b: readonly string[]): number {
  const prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diag = 0;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = a[i - 1] === b[j - 1] ? diag + 1 : Math.max(prev[j]!, prev[j - 1]!);
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * Whether `short` is a run of words inside `long`. A text cut off at an excerpt boundary ends in part
 * of a word ("your par"): where either text ends, a word may be the start of the other's (2+ letters).
 */
function containsRun(long: readonly string[], short: readonly string[]): boolean {
  const same = (x: string, y: string, atEnd: boolean) =>
    x === y || (atEnd && Math.min(x.length, y.length) >= 2 && (x.startsWith(y) || y.startsWith(x)));
  outer: for (let i = 0; i + short.length <= long.length; i++) {
    for (let k = 0; k < short.length; k++) {
      const atEnd = k === short.length - 1 || i + k === long.length - 1;
      if (!same(long[i + k]!, short[k]!, atEnd)) continue outer;
    }
    return true;
  }
  return false;
}

/** How many concepts of `short` find a partner in `long` (each used once), and which. */
function sharedConcepts(short: string[][], long: string[][]): string[] {
  const free = long.map((c) => new Set(c));
  const shared: string[] = [];
  for (const options of short) {
    const at = free.findIndex((f) => f.size && options.some((o) => f.has(o)));
    if (at < 0) continue;
    shared.push(options.find((o) => free[at]!.has(o))!);
    free[at] = new Set();
  }
  return shared;
}

const informative = (concept: string) => !concept.startsWith('word:');
/** a particular place, person or figure: what ties two renderings without a speaker */
const particular = (concept: string) => concept.startsWith('entity:') || concept.startsWith('number:');
const isName = (concept: string) => particular(concept) || concept.startsWith('name:');
/** modal and auxiliary senses: in every other sentence, they say nothing of what a statement is about */
const AUXILIARY = new Set(['not', 'will', 'can', 'need', 'say']);
/** what a statement is about beyond names, negation and auxiliaries: an act, a thing, a quality */
const substantive = (concept: string) => informative(concept) && !isName(concept) && !AUXILIARY.has(concept);

function daysApart(a: string | null, b: string | null): number {
  if (!a || !b) return 0;
  return Math.abs(Date.parse(a) - Date.parse(b)) / 86_400_000;
}

/**
 * The link between two renderings, or null. Same language: equal words (a repeat when the text is
 * the same, else a near-duplicate), one's words a run inside the other's (fragment), or nearly the
 * same words (at least 80% of the shorter in order). Across German and English: the shorter side's
 * concepts found in the other (lexicon, names, numbers) — at least 3 and 60%, and at least half of
 * its substantive ones (not only names, a negation and auxiliaries); without a speaker to tie them,
 * at least 4, and a particular place, person or number in common, or 75%. A claim on either side
 * makes the link "reported". Renderings of two different named speakers, or published more than
 * WINDOW_DAYS apart, are never linked.
 */
export function linkRenderings(a: Rendering, b: Rendering, lexicon: Lexicon = defaultLexicon()): RenderingLink | null {
  if (a.speakerId && b.speakerId && a.speakerId !== b.speakerId) return null;
  if (daysApart(a.publishedAt, b.publishedAt) > WINDOW_DAYS) return null;
  const speakerKnown = Boolean(a.speakerId && b.speakerId);
  const reported = a.reported || b.reported;
  const link = (kind: VariantKind, confidence: number, evidence: string): RenderingLink => ({
    a: a.id,
    b: b.id,
    kind: reported && kind !== 'repeat' ? 'reported' : kind,
    confidence: Math.round(confidence * 100) / 100,
    evidence,
  });
  if (a.lang === b.lang) {
    const wa = wordsOf(a.text, a.lang);
    const wb = wordsOf(b.text, b.lang);
    const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
    if (short.length >= MIN_WORDS || (short.length && short.length === long.length)) {
      if (short.join(' ') === long.join(' '))
        return link(textKey(a.text) === textKey(b.text) ? 'repeat' : 'near-duplicate', 0.95, 'the same words');
      if (speakerKnown || short.length >= 6) {
        if (containsRun(long, short)) {
          const kind = short.length / long.length >= 0.8 ? 'near-duplicate' : 'fragment';
          return link(kind, 0.9, `all ${short.length} words in a row of the other`);
        }
        const common = lcs(short, long);
        if (short.length >= 8 && common / short.length >= 0.8) {
          const kind = short.length / long.length >= 0.8 ? 'near-duplicate' : 'fragment';
          return link(kind, 0.6 + 0.3 * (common / short.length), `${common} of ${short.length} words in order`);
        }
      }
    }
    if (!reported) return null;
  }
  const ca = conceptsOf(a.text, a.lang, lexicon);
  const cb = conceptsOf(b.text, b.lang, lexicon);
  const [short, long] = ca.length <= cb.length ? [ca, cb] : [cb, ca];
  if (!short.length) return null;
  const shared = sharedConcepts(short, long);
  const named = shared.filter(particular);
  const coverage = shared.length / short.length;
  if (shared.filter(informative).length < 3 || coverage < 0.6) return null;
  // names and a negation alone ("the US", "not", "NATO") do not make two statements one
  const core = short.filter((options) => options.some(substantive)).length;
  const coreShared = shared.filter(substantive).length;
  if (!coreShared || coreShared < core / 2) return null;
  // without a speaker to tie them, a name in common or a closer match
  if (!speakerKnown && shared.length < 4) return null;
  if (!speakerKnown && !named.length && coverage < 0.75) return null;
  const kind: VariantKind = a.lang === b.lang ? 'paraphrase' : 'translation';
  return link(kind, 0.4 + 0.5 * coverage, `${shared.length} of ${short.length} concepts shared: ${shared.join(', ')}`);
}
