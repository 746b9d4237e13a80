// The words of a rendering, as lineage compares them: typography and case ignored, English
// contractions written out ("we're" → "we are", "don't" → "do not"), "U.S." one word.

import { unifyTypography } from '../extract/text/normalize.ts';

const CONTRACTIONS: [RegExp, string][] = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bshan't\b/g, 'shall not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'m\b/g, ' am'],
  [/\b(it|that|there|what|he|she)'s\b/g, '$1 is'],
  [/'s\b/g, ''],
  [/'d\b/g, ' would'],
];

/** Words in reading order, lower case; English contractions expanded. */
export function wordsOf(text: string, lang: string): string[] {
  let t = unifyTypography(text).replace(/\bU\.S\.(?:A\.)?/g, 'USA');
  // "US" in capitals is the country; in lower case it would be the pronoun
  t = t.replace(/\bUS\b/g, 'USA').toLowerCase();
  if (lang === 'en') for (const [pattern, replacement] of CONTRACTIONS) t = t.replace(pattern, replacement);
  return t.match(/[\p{L}\p{N}]+/gu) ?? [];
}
