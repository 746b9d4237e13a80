import { describe, expect, it } from 'vitest';
import { writtenInLowerCase } from './lower-case-words.ts';

describe('words written in lower case', () => {
  it('when a capitalised word also stands in lower case in the text, then it is written in lower case', () => {
    const body = 'Police said nothing. The police chief left.';
    expect(writtenInLowerCase(body, 'Police')).toBe(true);
    expect(writtenInLowerCase(body, 'Chief')).toBe(true);
  });
  it('when a word stands only capitalised, then it is not', () => {
    expect(writtenInLowerCase('They met in Reading on Monday.', 'Reading')).toBe(false);
    expect(writtenInLowerCase('They met in Buenos Aires.', 'Buenos Aires')).toBe(false);
  });
});
