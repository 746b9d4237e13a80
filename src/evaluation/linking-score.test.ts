import { describe, expect, it } from 'vitest';
import { type ExpectedLinks, type LinkedEntity, scoreLinks } from './linking-score.ts';

const expected: ExpectedLinks = {
  version: 1,
  description: 'test',
  entities: [
    { name: 'Marco Rubio', qid: 'Q324546', checked: 'x' },
    { name: 'Naples', qid: 'Q2634', checked: 'x' },
    { name: 'Norfolk', qid: 'Q49231', checked: 'x' },
    { name: 'Sabine Siebold', qid: null, checked: 'x' },
    { name: 'Kaja Kallas', qid: 'Q1', checked: 'x' },
    { name: 'La Lettre', qid: 'Q2', checked: 'x' },
  ],
};
const entity = (id: string, name: string, qid: string | null, candidates: string[] = []): LinkedEntity => ({
  id,
  name,
  aliases: [],
  qid,
  candidates,
});

describe('scoring Wikidata links against expected items', () => {
  it('when links are right, wrong, left for review or missing, then each counts where it belongs', () => {
    const s = scoreLinks(expected, [
      { ...entity('person:marco-rubio', 'Rubio', 'Q324546'), aliases: ['marco  RUBIO'] },
      entity('place:naples', 'Naples', null, ['Q2634', 'Q5']),
      entity('place:norfolk', 'Norfolk', 'Q23109'),
      entity('person:sabine-siebold', 'Sabine Siebold', null),
      entity('person:kaja-kallas', 'Kaja Kallas', null, ['Q7']),
    ]);
    expect(s.rows.map((r) => r.outcome)).toEqual(['correct', 'review', 'wrong', 'nil', 'unlinked', 'absent']);
    expect(s.counts).toEqual({ correct: 1, wrong: 1, review: 1, unlinked: 1, nil: 1, absent: 1, noItem: 0 });
    expect(s.precision).toBe(0.5);
    // four expected items are in the graph; one is linked right
    expect(s.recall).toBe(0.25);
  });

  it('when an entity is linked where no item exists, then that is a wrong link', () => {
    const s = scoreLinks(expected, [entity('person:sabine-siebold', 'Sabine Siebold', 'Q99')]);
    expect(s.rows.find((r) => r.name === 'Sabine Siebold')?.outcome).toBe('wrong');
    expect(s.precision).toBe(0);
  });

  it('when the files read lack an expected item, then its entity counts for neither precision nor recall', () => {
    const entities = [entity('place:naples', 'Naples', null), entity('person:marco-rubio', 'Marco Rubio', 'Q324546')];
    const s = scoreLinks(expected, entities, new Set(['Q324546']));
    expect(s.rows.slice(0, 2).map((r) => r.outcome)).toEqual(['correct', 'noItem']);
    expect(s).toMatchObject({ precision: 1, recall: 1 });
    // without that knowledge the same entity is a miss
    expect(scoreLinks(expected, entities).recall).toBe(0.5);
  });
});
