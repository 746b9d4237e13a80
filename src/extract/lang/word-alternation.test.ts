import { describe, expect, it } from 'vitest';
import { anyOf, anyPhraseOf, escapeRegExp } from './word-alternation.ts';

describe('word alternations', () => {
  it('when words hold pattern characters, then they match literally and nothing else', () => {
    const re = new RegExp(`^(?:${anyOf(['U.S.', 'a+b', '(dpa)'])})$`);
    expect(['U.S.', 'a+b', '(dpa)'].every((w) => re.test(w))).toBe(true);
    expect(re.test('UxSx')).toBe(false);
    expect(re.test('aab')).toBe(false);
    expect(new RegExp(escapeRegExp('[x]')).test('[x]')).toBe(true);
  });

  it('when a phrase has spaces, then anyPhraseOf matches it across any whitespace, anyOf only as written', () => {
    expect(new RegExp(`^(?:${anyPhraseOf(['according to'])})$`).test('according\n  to')).toBe(true);
    expect(new RegExp(`^(?:${anyOf(['according to'])})$`).test('according\n  to')).toBe(false);
  });

  it(
    'when a word repeats, ' +
      'then it appears once, in its first place; when the list is empty, then the pattern never matches',
    () => {
      expect(anyOf(['laut', 'so', 'laut'])).toBe('laut|so');
      expect(new RegExp(anyOf([])).test('')).toBe(false);
    },
  );
});
