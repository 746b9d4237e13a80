// Definite noun phrases that point back to something the article named (the organisation nouns are
// language-pack data, src/extract/lang/<lang>/organisation-nouns.json): "der
// Gewerkschaftssekretär" to the person introduced as "Verdi-Gewerkschaftssekretär Frank-Michael
// Munkler", "the Taoiseach" to "the Taoiseach Leo Varadkar", and "the company", "das Gericht" to
// the last organisation of that kind. Titles are learnt from the text itself (the words written
// right before a full name), so no list of titles limits them.

import { mentionsBefore, type Context, type Mention } from '../context.ts';
import { DEFINITE_NOUN } from './noun-phrase-words.ts';

const ORG_TYPES = new Set(['Organization', 'GovernmentBody', 'Alliance']);

const TITLE_CHAR = /[\p{L}-]/u;

/**
 * The start of what /([\p{L}-]+)[ \u00A0]$/u matches in text.slice(floor, at) (letters and hyphens,
 * then one space), or -1; walked back from `at` instead of tried at every offset.
 */
export function titleWordStart(text: string, floor: number, at: number): number {
  const space = at - 1;
  if (space < floor || (text[space] !== ' ' && text[space] !== '\u00A0')) return -1;
  let i = space;
  while (i > floor) {
    // a surrogate pair inside the slice is one code point
    const low = text.charCodeAt(i - 1);
    const pair =
      i - 2 >= floor &&
      low >= 0xdc00 &&
      low <= 0xdfff &&
      text.charCodeAt(i - 2) >= 0xd800 &&
      text.charCodeAt(i - 2) <= 0xdbff;
    const from = pair ? i - 2 : i - 1;
    if (!TITLE_CHAR.test(text.slice(from, i))) break;
    i = from;
  }
  return i < space ? i : -1;
}
const titleWordsOf = new WeakMap<Mention, string[]>();

/**
 * Up to three words written right before a mention on the same line ("Taoiseach" in "the Taoiseach
 * Leo Varadkar"), read once per mention and word by word from the mention backwards: an anchored
 * pattern over the preceding text would retry at every offset.
 */
function titleWords(ctx: Context, m: Mention): string[] {
  let words = titleWordsOf.get(m);
  if (words) return words;
  words = [];
  let at = m.start;
  const floor = Math.max(0, m.start - 60);
  while (words.length < 3) {
    const start = titleWordStart(ctx.body, floor, at);
    if (start < 0) break;
    words.unshift(ctx.body.slice(start, at - 1));
    at = start;
  }
  titleWordsOf.set(m, words);
  return words;
}

export function resolveDefinite(
  ctx: Context,
  text: string,
  before: number,
): { entityId: string; kind: 'title' | 'organization' } | null {
  const m = DEFINITE_NOUN.exec(text);
  if (!m) return null;
  const noun = m[1]!;
  const lower = noun.toLowerCase();
  const mentions = mentionsBefore(ctx, before);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (mention.type !== 'Person' || !/\s/.test(mention.text)) continue;
    // "der Gewerkschaftssekretär" refers to "Verdi-Gewerkschaftssekretär …": the title ends in the noun.
    if (titleWords(ctx, mention).some((w) => w === noun || (lower.length >= 5 && w.toLowerCase().endsWith(lower))))
      return { entityId: mention.entityId, kind: 'title' };
  }
  const nouns = ctx.pack.organisationNouns.nouns;
  if (!Object.hasOwn(nouns, lower)) return null;
  const hint = nouns[lower];
  for (let i = mentions.length - 1; i >= 0; i--) {
    const mention = mentions[i]!;
    if (ORG_TYPES.has(mention.type) && (!hint || mention.text.toLowerCase().includes(hint)))
      return { entityId: mention.entityId, kind: 'organization' };
  }
  return null;
}
