import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenize } from '../text/tokenize.ts';
import { buildAliasMatcher } from './alias-matcher.ts';
import { AliasTableError, loadAliasTable } from './alias-table.ts';

describe('alias table', () => {
  const table = loadAliasTable();
  const matcher = buildAliasMatcher(table);

  it('when loaded, then countries carry German and English names from i18n-iso-countries plus our short forms', () => {
    const us = table.byId.get('country:us');
    expect(us?.name).toBe('United States');
    expect(us?.aliases).toEqual(expect.arrayContaining(['Vereinigte Staaten', 'USA', 'US']));
    expect(matcher.lookup('Frankreich')?.id).toBe('country:fr');
  });

  it('when matching text, then the longest name wins and case matters', () => {
    const found = matcher.match('Die Nato und The Washington Post, aber nicht us.').map((m) => [m.text, m.entry.id]);
    expect(found).toEqual([
      ['Nato', 'org:nato'],
      ['The Washington Post', 'org:washington-post'],
    ]);
  });

  it('when matching a text read token by token, then it finds what matching its token list finds', () => {
    const text =
      'NATO-Generalsekretär Rutte traf in Washington, D.C. den US-Senator; die ' +
      'Nato–Ukraine-Kommission,\nNato Ukraine und Russlands Außenminister.';
    const found = matcher.match(text);
    expect(found.map((m) => m.text)).toEqual(expect.arrayContaining(['Washington, D.C.', 'Russlands']));
    expect(found).toEqual(matcher.match(text, tokenize(text)));
  });

  it('when a user file is given, then its entities and extra aliases are added', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    const file = join(dir, 'mine.json');
    writeFileSync(
      file,
      JSON.stringify({
        version: 1,
        entities: [
          { id: 'org:nato', type: 'Alliance', name: 'NATO', aliases: ['Bündnis der 32'] },
          { id: 'person:erika-muster', type: 'Person', name: 'Erika Muster', aliases: ['Muster'] },
        ],
      }),
    );
    const extended = buildAliasMatcher(loadAliasTable({ extraAliasFiles: [file] }));
    expect(extended.lookup('Bündnis der 32')?.id).toBe('org:nato');
    expect(extended.lookup('Muster')?.id).toBe('person:erika-muster');
  });

  it('when a user file is invalid, then loading fails with a message naming the file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'aliases-'));
    const file = join(dir, 'bad.json');
    writeFileSync(file, JSON.stringify({ version: 2, entities: [] }));
    expect(() => loadAliasTable({ extraAliasFiles: [file] })).toThrow(AliasTableError);
  });
});
