import { describe, expect, it } from 'vitest';
import { wordOccurrences } from './find-person-names.ts';

const byPattern = (text: string, word: string) =>
  [
    ...text.matchAll(
      new RegExp(`(?<![\\p{L}\\d])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?(?![\\p{L}\\d])`, 'gu'),
    ),
  ].map((m) => ({ start: m.index, end: m.index + m[0].length }));

describe('wordOccurrences', () => {
  it('when looking for a name word, then it finds what the lookaround pattern finds', () => {
    const text =
      'Kickl, Kickls Rede, Kicklsen, FPÖ-Kickl 2Kickl Kickl2 Kicklss „Kickl“ 𝐀Kickl Kickl𝐀 anana Kickls. ' +
      'O’Brien O’Briens';
    for (const word of ['Kickl', 'ana', 'O’Brien', 'Kickls'])
      expect([...wordOccurrences(text, word)]).toEqual(byPattern(text, word));
  });
});
