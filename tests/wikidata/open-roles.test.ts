import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acquireGraphLock, type GraphLock } from '../support/graph-lock.ts';
import { useSampleApi } from '../support/sample-api.ts';
import { graphql } from '../support/test-api.ts';

// A role Wikidata gives with a start and no end (Rubio, Secretary of State since 2025-01-21: EDTF
// "2025-01-21/..", no latest day) holds in every window after its start: the timeline, the activity
// counts and the influence graph of a window all find it. The sample corpus is linked to the sample's
// hand-written Wikidata excerpt (data/wikidata), as `npm start` loads it; its articles are of 2026, so
// in the second half of 2025 the open role is the only fact about Rubio the sample has. The real dev
// articles another file adds for a while would add more: the lock keeps them out of these counts.
describe('roles without an end', () => {
  const sample = useSampleApi();
  let lock: GraphLock;
  beforeAll(async () => {
    lock = await acquireGraphLock('sample-answers');
  });
  afterAll(async () => {
    await lock?.release();
  });
  const ask = async <T>(query: string): Promise<T> => {
    const { body } = await graphql(sample.api, query);
    expect(body.errors).toBeUndefined();
    return body.data as T;
  };
  const WINDOW = 'from: "2025-07-01", to: "2025-12-31"';

  it('when a window starts after the role began, then the timeline lists it and the senate term is not', async () => {
    const { timeline } = await ask<{
      timeline: { edges: { node: { role?: string; when?: { edtf: string; latest: string | null } } }[] };
    }>(`{ timeline(entityIds: ["person:marco-rubio"], ${WINDOW}, kinds: [ROLE_CHANGE]) {
      edges { node { ... on RoleChange { role when { edtf latest } } } } } }`);
    const spans = timeline.edges.map((e) => e.node.when?.edtf);
    expect(spans).toContain('2025-01-21/..');
    expect(spans).not.toContain('2011-01-03/2025-01-20');
    const open = timeline.edges.find((e) => e.node.when?.edtf === '2025-01-21/..')!.node;
    expect(open.role).toMatch(/Secretary of State/);
    expect(open.when!.latest).toBeNull();
  });

  it('when activity is counted in such a window, then the open role counts once, as longer than a bucket', async () => {
    const { activity } = await ask<{ activity: { total: number; coarser: number }[] }>(
      `{ activity(entityIds: ["person:marco-rubio"], ${WINDOW}, bucket: MONTH) { total coarser } }`,
    );
    expect(activity).toHaveLength(6);
    expect(activity.map((b) => b.coarser)).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it('when influence is asked about Rubio in such a window, then his role links him to the United States', async () => {
    const { influence } = await ask<{
      influence: { entity: { name: string }; why: { edges: { relation: string; to: { name: string } }[] }[] }[];
    }>(`{ influence(${WINDOW}, about: "person:marco-rubio") {
      entity { name } why { edges { relation to { name } } } } }`);
    expect(influence.map((s) => s.entity.name).sort()).toEqual(['Marco Rubio', 'United States']);
    const edges = influence.flatMap((s) => s.why.flatMap((p) => p.edges));
    expect(edges).toContainEqual({ relation: 'HELD_ROLE', to: { name: 'United States' } });
  });
});
