import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withdrawDocument } from '../../src/curation/documents.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Four invented articles (written for this test) of one invented outlet: listed, filtered and paged by
// documents(filter, first, after); one is withdrawn and leaves the list.
describe('documents(filter, first, after)', () => {
  const scope = testScope('documents');
  const tag = `Docs${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  let db: Database;
  let api: RunningApi;
  const ARTICLES = [
    { n: 1, lang: 'en', publishedAt: '2033-01-10' },
    { n: 2, lang: 'de', publishedAt: '2033-01-20' },
    { n: 3, lang: 'en', publishedAt: '2033-02-05' },
    { n: 4, lang: 'en', publishedAt: '2033-02-06' },
  ];
  const LIST = `query($f: DocumentFilter, $first: Int, $after: String) {
    documents(filter: $f, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { url lang publishedAt knownSince } } } }`;
  type Page = {
    documents: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: { node: { url: string; lang: string; publishedAt: string; knownSince: string } }[];
    };
  };
  const list = async (f: Record<string, unknown>, first?: number, after?: string) => {
    const { body } = await graphql(api, LIST, { f: { outlet: tag.toLowerCase(), ...f }, first, after });
    return body;
  };
  const urls = (p: Page) => p.documents.edges.map((e) => e.node.url.slice(prefix.length));

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
    for (const a of ARTICLES)
      await ingestDocument(db, {
        meta: {
          source: `${prefix}${a.n}`,
          url: `${prefix}${a.n}`,
          title: `${tag} ${a.n}`,
          outlet: `The ${tag} Times`,
          publishedAt: a.publishedAt,
          lang: a.lang,
        },
        body: `Invented text, written for a quotegraph test, number ${a.n}.`,
      });
  });
  afterAll(async () => {
    await db.raw('MATCH (d) WHERE d.url STARTS WITH $p DETACH DELETE d', { p: prefix });
    await db.raw('MATCH (a:AuditEntry) WHERE a.who = $w DETACH DELETE a', { w: `test:${scope}` });
    await api?.stop();
    await db?.close();
  });

  const listed = 'when an outlet’s documents are listed, then they come oldest first, a page at a time, with the total';
  it(listed, async () => {
    const first = dataOf(await list({}, 3)) as Page;
    expect(first.documents.totalCount).toBe(4);
    expect(urls(first)).toEqual(['1', '2', '3']);
    expect(first.documents.edges[0]!.node).toMatchObject({ lang: 'en', publishedAt: '2033-01-10' });
    expect(first.documents.pageInfo.hasNextPage).toBe(true);
    const next = dataOf(await list({}, 3, first.documents.pageInfo.endCursor!)) as Page;
    expect(urls(next)).toEqual(['4']);
    expect(next.documents.pageInfo.hasNextPage).toBe(false);
  });

  it('when a language or a window is given, then only those documents are listed', async () => {
    expect(urls(dataOf(await list({ lang: 'de' })) as Page)).toEqual(['2']);
    const feb = dataOf(await list({ from: '2033-02-01', to: '2033-02-05' })) as Page;
    expect(urls(feb)).toEqual(['3']);
    expect(feb.documents.totalCount).toBe(1);
  });

  it('when a document is withdrawn, then it is no longer listed', async () => {
    await withdrawDocument(db, `test:${scope}`, `${prefix}4`, 'a test withdrawal');
    const all = dataOf(await list({})) as Page;
    expect(urls(all)).toEqual(['1', '2', '3']);
    expect(all.documents.totalCount).toBe(3);
  });

  it('when the arguments are bad, then the answer names the argument', async () => {
    const codes = async (f: Record<string, unknown>, first?: number, after?: string) =>
      (await list(f, first, after)).errors?.map((e) => [e.extensions?.code, e.extensions?.field]);
    expect(await codes({ lang: 'deutsch!' })).toEqual([['BAD_USER_INPUT', 'filter.lang']]);
    expect(await codes({}, 101)).toEqual([['BAD_USER_INPUT', 'first']]);
    expect(await codes({}, 2, 'bm90IG91cnM')).toEqual([['BAD_USER_INPUT', 'after']]);
    expect((await codes({ from: '2033-03-01', to: '2033-02-01' }))?.[0]?.[0]).toBe('BAD_USER_INPUT');
  });
});
