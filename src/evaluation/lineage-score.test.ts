import { describe, expect, it } from 'vitest';
import { type LineageGold, type RenderingLink, scoreLineage } from './lineage-score.ts';

const gold: LineageGold = {
  version: 1,
  description: 'test',
  documents: {},
  clusters: { s1: ['a@1', 'b@1', 'c@1'], s2: ['d@1', 'c@1'] },
  links: [
    ['a@1', 'b@1', 'translation'],
    ['b@1', 'c@1', 'fragment'],
    ['d@1', 'c@1', 'reported'],
  ],
};
const link = (a: string, b: string, kind: string): RenderingLink => ({ a, b, kind, evidence: 'x' });

describe('scoring lineage links', () => {
  it('when links join renderings of one statement or not, then each kind counts its own', () => {
    const s = scoreLineage(
      gold,
      ['a@1', 'b@1', 'c@1', 'd@1'],
      [link('b@1', 'a@1', 'translation'), link('a@1', 'c@1', 'fragment'), link('a@1', 'd@1', 'reported')],
    );
    const kind = (k: string) => s.kinds.find((r) => r.kind === k);
    expect(kind('translation')).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 1, sameKind: 1 });
    // a and c render one statement: right, though no gold link names the pair
    expect(kind('fragment')).toMatchObject({ predicted: 1, correct: 1, gold: 1, found: 0 });
    // a and d do not
    expect(kind('reported')).toMatchObject({ predicted: 1, correct: 0, gold: 1, found: 0 });
    expect(s.wrong.map((w) => [w.a, w.b])).toEqual([['a@1', 'd@1']]);
    expect(s.all).toMatchObject({ predicted: 3, correct: 2, gold: 3, found: 1 });
  });

  it('when a gold rendering was not extracted, then it is named', () => {
    expect(scoreLineage(gold, ['a@1', 'b@1'], []).absent).toEqual(['c@1', 'd@1']);
  });
});
