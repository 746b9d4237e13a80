import { describe, expect, it } from 'vitest';
import type { PathEdgeModel, PathModel } from '../../model/index.ts';
import { CONNECTION_LIMITS, mergeVariants } from './find-connections.ts';

const edge = (
  fromId: string,
  toId: string,
  relation: string,
  factIds: string[],
  evidence: string[] = [],
): PathEdgeModel => ({
  fromId,
  toId,
  relation,
  time: null,
  factIds,
  evidence,
  weight: null,
  asOf: null,
});
const path = (...edges: PathEdgeModel[]): PathModel => ({ length: edges.length, weight: null, edges });

describe('mergeVariants', () => {
  it(
    'when graph paths run along the same entities, ' +
      'then they are one path whose steps list every fact and way once',
    () => {
      const merged = mergeVariants([
        path(edge('a', 'n', 'SAID>ABOUT', ['q1']), edge('n', 'b', 'HELD_ROLE', ['r1'])),
        path(edge('a', 'n', 'CLAIMED>ABOUT', ['c1'], ['d|1|2|x|1']), edge('n', 'b', 'HELD_ROLE', ['r2'])),
        path(edge('a', 'n', 'SAID>ABOUT', ['q1']), edge('n', 'b', 'HELD_ROLE', ['r2'])),
      ]);
      expect(merged.length).toBe(2);
      expect(merged.edges.map((e) => [e.fromId, e.toId, e.relation, e.factIds, e.evidence])).toEqual([
        ['a', 'n', 'SAID>ABOUT|CLAIMED>ABOUT', ['q1', 'c1'], ['d|1|2|x|1']],
        ['n', 'b', 'HELD_ROLE', ['r1', 'r2'], []],
      ]);
    },
  );

  it('when a step gathers more facts than a step may list, then it lists the first ones', () => {
    const n = CONNECTION_LIMITS.factsPerStep + 5;
    const merged = mergeVariants(Array.from({ length: n }, (_, i) => path(edge('a', 'b', 'HELD_ROLE', [`r${i}`]))));
    expect(merged.edges[0]!.factIds).toEqual(Array.from({ length: CONNECTION_LIMITS.factsPerStep }, (_, i) => `r${i}`));
  });
});
