import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGazetteer, GAZETTEER_FILE } from '../../../scripts/build-gazetteer.ts';

describe('gazetteer file', () => {
  it('when the gazetteer is rebuilt from its package, then the committed file is the same', () => {
    expect(
      readFileSync(GAZETTEER_FILE, 'utf8') === buildGazetteer(),
      'data/lexicon/places.tsv is out of date: run npx tsx scripts/build-gazetteer.ts',
    ).toBe(true);
  });
});
