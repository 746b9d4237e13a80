import { describe, expect, it } from 'vitest';
import { languagePack } from '../lang/language-pack.ts';
import { findQuantities } from './find-quantities.ts';

describe('findQuantities', () => {
  it('when a hedged number with a noun appears, then value, unit and approximation are read', () => {
    expect(findQuantities('Pläne, rund 200 Stellen zu streichen', 0, languagePack('de'))).toMatchObject([
      { text: 'rund 200 Stellen', value: 200, unit: 'Stellen', approximate: true },
    ]);
  });

  it('when English thousands separators and percent appear, then values are numbers', () => {
    expect(findQuantities('between 80,000 troops and 5% of GDP', 0, languagePack('en'))).toMatchObject([
      { value: 80000, unit: 'troops', approximate: false },
      { value: 5, unit: '%' },
    ]);
  });
});
