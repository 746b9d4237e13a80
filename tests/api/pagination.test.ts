import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { typed } from '../gql/gql.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';

/** What both paged operations answer: each document's generated type is checked against it. */
type Page = {
  page: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
    edges: { cursor: string; node: { id?: string } }[];
  };
};

/** The two paged operations, each asked for a list the sample corpus fills with a few dozen items. */
const operations: {
  name: string;
  query: TypedDocumentString<Page, { first?: number | null; after?: string | null }>;
}[] = [
  {
    name: 'quotes',
    query: typed(`query PageQuotes($first: Int, $after: String) { page: quotes(filter: {
        speakerId: "person:marco-rubio" }, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } } }`),
  },
  {
    name: 'timeline',
    query: typed(`query PageTimeline($first: Int, $after: String) {
        page: timeline(entityIds: ["org:nato"], first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node {
      ... on Node { id } } } } }`),
  },
];

const base64url = (s: string) => Buffer.from(s, 'utf8').toString('base64url');

describe.each(operations)('pagination edges of $name', ({ query }) => {
  let db: Database;
  let api: RunningApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  const page = (variables: { first: number; after?: string | null }) => graphql(api, query, variables);

  it('when first is 0, then BAD_USER_INPUT names first and nothing is returned', async () => {
    const { body } = await page({ first: 0 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(body.data?.page ?? null).toBeNull();
  });

  it('when first is negative, then BAD_USER_INPUT names first', async () => {
    const { body } = await page({ first: -1 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(body.data?.page ?? null).toBeNull();
  });

  it('when first is 100, then it is accepted and the page holds everything up to 100', async () => {
    const { body } = await page({ first: 100 });
    expect(body.errors).toBeUndefined();
    const p = dataOf(body).page;
    expect(p.totalCount).toBeGreaterThan(3);
    expect(p.edges).toHaveLength(Math.min(100, p.totalCount));
    expect(p.pageInfo).toMatchObject({ hasNextPage: p.totalCount > 100, hasPreviousPage: false });
    expect(p.pageInfo.startCursor).toBe(p.edges[0]?.cursor);
    expect(p.pageInfo.endCursor).toBe(p.edges.at(-1)?.cursor);
  });

  it('when first is 101, then BAD_USER_INPUT names first', async () => {
    const { body } = await page({ first: 101 });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('when paging past the last cursor, then the edges are empty and there is no next page', async () => {
    const all = dataOf((await page({ first: 100 })).body).page;
    expect(all.pageInfo.hasNextPage).toBe(false);
    // the last item's cursor: nothing comes after it
    const { body } = await page({ first: 10, after: all.pageInfo.endCursor });
    expect(body.errors).toBeUndefined();
    expect(dataOf(body).page.edges).toEqual([]);
    expect(dataOf(body).page.pageInfo).toEqual({
      hasNextPage: false,
      hasPreviousPage: true,
      startCursor: null,
      endCursor: null,
    });
    expect(dataOf(body).page.totalCount).toBe(all.totalCount);
    // the cursor before the last item: exactly the last item, and no next page
    const { body: last } = await page({ first: 10, after: all.edges.at(-2)?.cursor });
    expect(dataOf(last).page.edges.map((e) => e.node.id)).toEqual([all.edges.at(-1)?.node.id]);
    expect(dataOf(last).page.pageInfo.hasNextPage).toBe(false);
  });

  it('when the after cursor is garbled, then BAD_USER_INPUT names after', async () => {
    const all = dataOf((await page({ first: 3 })).body).page;
    const real = all.pageInfo.endCursor!;
    const garbled = [
      'not-a-cursor',
      '',
      '%%%',
      real.slice(0, -3),
      `${real}!`,
      base64url('{"x":1}'),
      base64url('{"k":42}'),
      base64url('[1,2,3]'),
      base64url('null'),
    ];
    for (const after of garbled) {
      const { body } = await page({ first: 3, after });
      expect(body.errors?.[0]?.extensions, JSON.stringify(after)).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'after',
      });
      expect(body.data?.page ?? null, JSON.stringify(after)).toBeNull();
    }
    // the untouched cursor still works
    const ok = await page({ first: 3, after: real });
    expect(ok.body.errors).toBeUndefined();
  });
});
