import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { gql, post, startCapturedApi } from './support.ts';
import type { FixtureStatements } from './fixtures/fixture-statements.ts';
import { typed } from '../gql/gql.ts';

type Api = Awaited<ReturnType<typeof startCapturedApi>>;
const costly = typed(
  `query LimQuotes($n: Int) { quotes(first: $n) { edges { node { id sources { start document { id } } } } } }`,
);

describe('limits on what one request may ask', () => {
  let db: Database;
  let api: Api;
  let closed: Api;
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, {
      GRAPHQL_MAX_COST: '1000',
      GRAPHQL_MAX_DEPTH: '8',
      GRAPHQL_MAX_ALIASES: '5',
      CORS_ORIGINS: 'https://dash.example.org',
    });
    closed = await startCapturedApi(db, { INTROSPECTION: 'false' });
  });
  afterAll(async () => {
    await api?.stop();
    await closed?.stop();
    await db.close();
  });

  it('when a query nests deeper than the limit, then it is QUERY_TOO_COMPLEX and runs no Cypher', async () => {
    const deep = typed(
      `query LimQuotes2 { quotes(first: 1) { edges { node { speaker { roles { person { roles { organization {
        roles { id } } } } } } } } } }`,
    );
    const r = await gql(api, deep);
    expect(r.status).toBe(400);
    expect(r.body?.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      message: expect.stringMatching(/at most 8/),
    });
    expect(r.body?.data ?? null).toBeNull();
    const fragment = typed(
      `query LimQuotes3 { quotes(first: 1) { ...E } } fragment E on QuoteConnection { edges { node { speaker {
        roles { person { roles { organization { roles { id } } } } } } } } }`,
    );
    expect((await gql(api, fragment)).body?.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('when a query uses more aliases than allowed, then it is QUERY_TOO_COMPLEX', async () => {
    const many = `{ ${Array.from({ length: 6 }, (_, i) => `a${i}: serverInfo { version }`).join(' ')} }`;
    const r = await gql(api, many);
    expect(r.body?.errors?.[0]).toMatchObject({
      extensions: { code: 'QUERY_TOO_COMPLEX' },
      message: expect.stringMatching(/6 aliases; at most 5/),
    });
    expect(
      (await gql(api, typed(`query LimServerInfo { a: serverInfo { version } b: serverInfo { version } }`))).body
        ?.errors,
    ).toBeUndefined();
  });

  it(
    'when the cost depends on a variable, ' +
      'then the same query passes with a small page and is refused with a large one',
    async () => {
      const small = await gql(api, costly, { n: 5 });
      expect(small.body?.errors).toBeUndefined();
      const large = await gql(api, costly, { n: 100 });
      expect(large.status).toBe(400);
      expect(large.body?.errors?.[0]).toMatchObject({
        extensions: { code: 'QUERY_TOO_COMPLEX' },
        message: expect.stringMatching(/cost \d+; at most 1000/),
      });
    },
  );

  it('when a page larger than 100 is asked for, then it is BAD_USER_INPUT', async () => {
    const r = await gql(api, typed(`query LimQuotes4 { quotes(first: 101) { totalCount } }`));
    expect(r.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('when several operations come in one batched request, then the batch is refused', async () => {
    const r = await post(api, [
      { query: typed(`query LimServerInfo2 { serverInfo { version } }`) },
      { query: typed(`query LimServerInfo3 { serverInfo { version } }`) },
    ]);
    expect(r.status).toBe(400);
    expect(r.text).toMatch(/batch/i);
  });

  it(
    'when the body is larger than BODY_LIMIT or not JSON, ' +
      'then the answer is a JSON error (413 / 400), not an HTML page',
    async () => {
      const big = await post(api, {
        query: typed(`query LimServerInfo4 { serverInfo { version } }`),
        variables: { pad: 'x'.repeat(3 * 1024 * 1024) },
      });
      expect(big.status).toBe(413);
      expect(big.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const broken = await post(api, '{"query": "{ serverInfo { version } }"');
      expect(broken.status).toBe(400);
      expect(broken.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it('when a query has more tokens than allowed, then it is refused before parsing completes', async () => {
    const r = await gql(api, `{ serverInfo { ${'version '.repeat(6000)} } }`);
    expect(r.status).toBe(400);
    expect(r.body?.errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringMatching(/more th\w+ 5000 tokens/),
    });
  });

  it(
    'when a GET carries no preflight-forcing header, ' + 'then CSRF prevention refuses it; with one it is answered',
    async () => {
      const url =
        `${api.url}/graphql?query=` +
        encodeURIComponent(typed(`query LimServerInfo5 { serverInfo { version } }`).toString());
      const simple = await fetch(url, { headers: { accept: 'application/json' } });
      expect(simple.status).toBe(400);
      expect(await simple.text()).toMatch(/CSRF|preflight/i);
      const forced = await fetch(url, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
      expect(forced.status).toBe(200);
    },
  );

  it('when a browser from a listed origin asks, then CORS allows it; from another origin, it does not', async () => {
    const pre = (origin: string) =>
      fetch(`${api.url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,authorization',
        },
      });
    const ok = await pre('https://dash.example.org');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://dash.example.org');
    expect(ok.headers.get('access-control-allow-headers')).toContain('authorization');
    const evil = await pre('https://evil.example.com');
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const simple = await post(
      api,
      { query: typed(`query LimServerInfo6 { serverInfo { version } }`) },
      { origin: 'https://evil.example.com' },
    );
    expect(simple.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('when introspection is switched off, then __schema is refused and errors suggest no field names', async () => {
    expect(
      (await gql(api, typed(`query Lim__schema { __schema { queryType { name } } }`))).body?.data?.__schema.queryType
        .name,
    ).toBe('Query');
    const r = await gql(closed, typed(`query Lim__schema2 { __schema { queryType { name } } }`));
    expect(r.body?.errors?.[0]?.message).toMatch(/introspection/i);
    const typo = await gql(closed, '{ serverInf { version } }');
    expect(typo.body?.errors?.[0]?.message).not.toMatch(/did you mean/i);
    expect((await gql(api, '{ serverInf { version } }')).body?.errors?.[0]?.message).toMatch(/did you mean/i);
  });

  it('when a statement runs past QUERY_TIMEOUT_MS, then Neo4j stops it and the error is QUERY_TIMEOUT', async () => {
    const slowDb = new Database<FixtureStatements>(
      db.driver,
      db.name,
      await CypherRegistry.load(path.join(import.meta.dirname, 'fixtures', 'cypher')),
      500,
    );
    const started = Date.now();
    await expect(slowDb.query('slow/sleep', { ms: 20_000 })).rejects.toMatchObject({ code: 'QUERY_TIMEOUT' });
    // stopped, not finished: the bound is the statement's own length, not a guess at the machine's speed
    expect(Date.now() - started).toBeLessThan(20_000);
    await expect(slowDb.query('slow/sleep', { ms: 10 })).resolves.toEqual([{ done: true }]);
  });
});
