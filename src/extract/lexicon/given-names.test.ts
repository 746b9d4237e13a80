import { describe, expect, it } from 'vitest';
import { givenNameGender, isGivenName } from './given-names.ts';

describe('given names', () => {
  it('when a word is a given name in any of the lists, then it is one, with its gender', () => {
    expect(givenNameGender('Svenja')).toBe('female');
    expect(givenNameGender('Herbert')).toBe('male');
    expect(isGivenName('Nina')).toBe(true);
  });
  it('when a hyphenated name joins two given names, then it is a given name', () => {
    expect(isGivenName('Frank-Michael')).toBe(true);
    expect(isGivenName('Frank-Gewerkschaft')).toBe(false);
  });
  it('when a word is a title or a lower-case word, then it is no given name', () => {
    expect(isGivenName('Justice')).toBe(false);
    expect(isGivenName('Chief')).toBe(false);
    expect(isGivenName('nina')).toBe(false);
  });
});
