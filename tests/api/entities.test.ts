import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertEntity } from '../../src/curation/entities.ts';
import type { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

type Page = {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: { id: string; name: string; kind: string; wikidataId: string | null } }[];
};

const ENTITIES = `query($filter: EntityFilter, $first: Int, $after: String) {
  entities(filter: $filter, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { id name kind wikidataId } }
  }
}`;

// Three invented entities with a name no other test uses, so the listing's pages are this test's own.
describe('listing entities and fetching nodes by id', () => {
  const scope = testScope('entities');
  const tag = `Quill${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const qid = `Q9${Date.now() % 1_000_000_000}`;
  const ids = [`org:${scope}-b`, `person:${scope}-a`, `person:${scope}-c`];
  let db: Database;
  let api: RunningApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
    const who = `test:${scope}`;
    await upsertEntity(db, who, { id: ids[1], kind: 'PERSON', name: `Ada ${tag}` });
    await upsertEntity(db, who, { id: ids[0], kind: 'ORGANIZATION', name: `Bureau ${tag}` });
    await upsertEntity(db, who, { id: ids[2], kind: 'PERSON', name: `Cyd Other`, aliases: [`C. ${tag}`] });
    await db.raw('MATCH (e:Entity {id: $id}) SET e.wikidataId = $qid', { id: ids[0], qid });
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await db.raw('MATCH (n) WHERE (n:Entity AND n.id IN $ids) OR (n:AuditEntry AND n.target IN $ids) DETACH DELETE n', {
      ids,
    });
    await api?.stop();
    await db?.close();
  });

  const page = async (variables: Record<string, unknown>): Promise<Page> => {
    const { body } = await graphql(api, ENTITIES, variables);
    expect(body.errors).toBeUndefined();
    return (body.data as { entities: Page }).entities;
  };

  const paged =
    'when entities are listed a page at a time, then the pages follow by name, without overlap, and count all';
  it(paged, async () => {
    const one = await page({ filter: { name: tag.toLowerCase() }, first: 2 });
    expect(one.totalCount).toBe(3);
    expect(one.edges.map((e) => e.node.name)).toEqual([`Ada ${tag}`, `Bureau ${tag}`]);
    expect(one.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const two = await page({ filter: { name: tag }, first: 2, after: one.pageInfo.endCursor });
    // found by its alias
    expect(two.edges.map((e) => e.node.id)).toEqual([ids[2]]);
    expect(two.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(two.totalCount).toBe(3);
  });

  it('when the filter names a kind or a Wikidata item, then only those are listed', async () => {
    const people = await page({ filter: { name: tag, kind: 'PERSON' } });
    expect(people.edges.map((e) => e.node.id)).toEqual([ids[1], ids[2]]);
    const linked = await page({ filter: { wikidataId: qid } });
    expect(linked).toMatchObject({ totalCount: 1, edges: [{ node: { id: ids[0], wikidataId: qid } }] });
    const sample = await page({ filter: { name: 'rubio', kind: 'PERSON' } });
    expect(sample.edges.map((e) => e.node.id)).toContain('person:marco-rubio');
  });

  it('when a cursor is not one of this list, then the error names after', async () => {
    const { body } = await graphql(api, ENTITIES, { after: 'bm90LWEtY3Vyc29y' });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });

  it('when nodes are fetched by id, then they come in the order asked, null where there is none', async () => {
    const { body } = await graphql(
      api,
      'query($ids: [ID!]!) { nodes(ids: $ids) { __typename id ... on Entity { name } } }',
      { ids: [ids[2], `person:${scope}-nobody`, 'person:marco-rubio', ids[0]] },
    );
    expect(body.errors).toBeUndefined();
    expect((body.data as { nodes: unknown[] }).nodes).toEqual([
      { __typename: 'Person', id: ids[2], name: 'Cyd Other' },
      null,
      { __typename: 'Person', id: 'person:marco-rubio', name: 'Marco Rubio' },
      { __typename: 'Organization', id: ids[0], name: `Bureau ${tag}` },
    ]);
    const tooMany = await graphql(api, 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', {
      ids: Array.from({ length: 101 }, (_, i) => `person:${i}`),
    });
    expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
  });

  const unknown = 'when a list filters by an id that names no entity, then it answers NOT_FOUND, not an empty list';
  it(unknown, async () => {
    const nobody = `person:${scope}-nobody`;
    for (const filter of [{ speakerId: nobody }, { aboutId: nobody }, { outletId: nobody }]) {
      const { body } = await graphql(api, 'query($f: QuoteFilter) { quotes(filter: $f) { totalCount } }', {
        f: filter,
      });
      expect(body.errors?.[0]?.extensions?.code, JSON.stringify(filter)).toBe('NOT_FOUND');
      expect(body.errors?.[0]?.message).toContain(nobody);
    }
    const influence = await graphql(
      api,
      'query($a: ID) { influence(about: $a, from: "2026-01-01", to: "2026-02-28") { rank } }',
      { a: nobody },
    );
    expect(influence.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // a known entity with nothing to list is an empty list, as before
    const quiet = await graphql(api, 'query($f: QuoteFilter) { quotes(filter: $f) { totalCount } }', {
      f: { speakerId: ids[1] },
    });
    expect(quiet.body).toEqual({ data: { quotes: { totalCount: 0 } } });
  });
});
