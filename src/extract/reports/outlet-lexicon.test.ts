// The outlet lexicon repeats the name of every outlet the alias table also knows (the table stays
// the authority on those names): these tests catch the two files drifting apart.

import { describe, expect, it } from 'vitest';
import { defaultAliasTable } from '../aliases/alias-table.ts';
import { defaultOutletLexicon } from './outlet-lexicon.ts';

describe('outlet lexicon', () => {
  const lexicon = defaultOutletLexicon();
  const table = defaultAliasTable();

  it('when an outlet id is also in the alias table, then it is a MediaOutlet there with the same name', () => {
    const shared = [...lexicon.byId.values()].filter((e) => table.byId.has(e.id));
    expect(shared.length).toBeGreaterThan(0);
    const drifted = shared
      .filter((e) => table.byId.get(e.id)!.type !== 'MediaOutlet' || table.byId.get(e.id)!.name !== e.name)
      .map((e) => `${e.id}: ${e.name} / ${table.byId.get(e.id)!.type} ${table.byId.get(e.id)!.name}`);
    expect(drifted).toEqual([]);
  });

  it('when an outlet is part of another, then the other is known to the lexicon or the table', () => {
    const orphans = [...lexicon.byId.values()]
      .filter((e) => e.partOf && !lexicon.byId.has(e.partOf) && !table.byId.has(e.partOf))
      .map((e) => e.id);
    expect(orphans).toEqual([]);
  });

  it(
    'when a credit code is written in another case, ' + 'then the exact spelling wins and lower case is the fallback',
    () => {
      expect(lexicon.credit('dpa')?.id).toBe('org:dpa');
      expect(lexicon.credit('Dpa')?.id).toBe('org:dpa');
      expect(lexicon.credit('Archiv')).toBeNull();
    },
  );
});
