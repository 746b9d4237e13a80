import { describe, expect, it } from 'vitest';
import { keyOf, tokenize, tokenKey, tokenReader } from './tokenize.ts';

describe('tokens', () => {
  const text = 'Die U.S.-Botschaft in Washington, D.C. – NATO–Ukraine-Rat, rtr/taz & „Nord 24“.';

  it('when read on demand with releases, then the reader gives the tokens tokenize gives', () => {
    const all = tokenize(text);
    const reader = tokenReader(text);
    for (let i = 0; i < all.length; i++) {
      if (i % 3 === 0) reader.release(i);
      expect(reader.at(i)).toEqual(all[i]);
      expect(reader.at(i + 2)).toEqual(all[i + 2]);
    }
    expect(reader.at(all.length)).toBeUndefined();
  });

  it('when keyed, then every dash counts as "-" and one token keys as its part', () => {
    const all = tokenize('NATO–Ukraine');
    expect(tokenKey(all)).toBe('NATO - Ukraine');
    expect(all.map(keyOf)).toEqual(['NATO', '-', 'Ukraine']);
  });
});
