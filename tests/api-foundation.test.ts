import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { Kind, parse } from 'graphql';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import type { CypherRegistry } from '../src/db/cypher-registry.ts';
import { Database } from '../src/db/database.ts';
import { freePort } from '../src/db/local/port-is-free.ts';
import type { RunningApi } from '../src/server/start-api.ts';
import { typed } from './gql/gql.ts';
import { dataOf, graphql, startTestApi } from './support/test-api.ts';
import { openTestDatabase } from './support/test-database.ts';
import { EXTRACTOR } from '../src/extract/extractor-version.ts';

describe('the API server over real HTTP', () => {
  let db: Database;
  let api: RunningApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('when /healthz is asked, then the process answers 200', async () => {
    const res = await fetch(`${api.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });

  it('when /readyz is asked and Neo4j is migrated, then it answers 200', async () => {
    const res = await fetch(`${api.url}/readyz`);
    expect(res.status).toBe(200);
  });

  it(
    'when serverInfo is queried, ' + 'then it reports Neo4j 5.26 community with apoc and gds and the migrations',
    async () => {
      const { status, body } = await graphql(
        api,
        typed(
          `query ServerInfo { serverInfo { version neo4j { version edition plugins pluginVersions {
            name version } } migrations extractor { version documents documentsBehind } } }`,
        ),
      );
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      const info = dataOf(body).serverInfo;
      expect(info.neo4j.version).toMatch(/^5\.26\./);
      expect(info.neo4j.edition).toBe('community');
      expect(info.neo4j.plugins).toEqual(['apoc', 'gds']);
      expect(info.migrations[0]).toBe('001-migration-id-unique');
      // the running extractor (documentsBehind is counted in tests/hardening/reextract.test.ts)
      expect(info.extractor.version).toBe(EXTRACTOR);
      expect(Number.isInteger(info.extractor.documentsBehind)).toBe(true);
    },
  );

  it('when a browser opens /graphql, then it gets GraphiQL that loads nothing from another host', async () => {
    const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<title>quotegraph GraphiQL</title>');
    expect(html).not.toMatch(/<(script|link)[^>]+(src|href)="https?:\/\//);
  });

  it(
    'when a browser opens /graphql, ' + 'then GraphiQL preloads every docs/queries example as a tab, first one open',
    async () => {
      const dir = path.join(projectRoot(), 'docs', 'queries');
      const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql')).sort();
      expect(files.length).toBeGreaterThanOrEqual(5);
      const res = await fetch(`${api.url}/graphql`, { headers: { accept: 'text/html' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html/);
      const html = await res.text();
      // the options GraphiQL is started with: renderYogaGraphiQL(root, {...})
      const call = html.indexOf("window.document.querySelector('#root'),");
      expect(call).toBeGreaterThan(0);
      const json = html.slice(call + "window.document.querySelector('#root'),".length, html.lastIndexOf(');'));
      const options = JSON.parse(json.trim().replace(/,$/, '')) as {
        endpoint: string;
        defaultQuery: string;
        defaultTabs: { query: string }[];
      };
      expect(options.endpoint).toBe('/graphql');
      const texts = await Promise.all(files.map((f) => readFile(path.join(dir, f), 'utf8')));
      expect(options.defaultTabs.map((t) => t.query)).toEqual(texts);
      expect(options.defaultQuery).toBe(texts[0]);
      for (const [i, text] of texts.entries()) {
        const op = parse(text).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
        const name = op && 'name' in op ? op.name?.value : undefined;
        expect(name, files[i]).toMatch(/^[A-Z]\w+$/);
        expect(options.defaultTabs[i]!.query).toContain(`query ${name} `);
        expect(html).toContain(`query ${name} `);
      }
    },
  );

  it('when a query asks for a field that does not exist, then the error code is BAD_USER_INPUT', async () => {
    const { body } = await graphql(api, '{ nope }');
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
  });
});

describe('the API server when Neo4j cannot be reached', () => {
  let api: RunningApi;
  let db: Database;
  beforeAll(async () => {
    const port = await freePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 1000,
      maxTransactionRetryTime: 500,
      logging: { level: 'error', logger: () => {} },
    });
    const real = await openTestDatabase();
    db = new Database(driver, 'neo4j', real.queries as CypherRegistry, 2000);
    await real.close();
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  it('when /readyz is asked, then it answers 503 with a JSON reason', async () => {
    const res = await fetch(`${api.url}/readyz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toMatchObject({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' });
  });

  it('when serverInfo is queried, then the error is DATABASE_UNAVAILABLE without driver internals', async () => {
    const failedTries: string[] = [];
    const off = db.onQuery((e) => void (e.ok || failedTries.push(e.name)));
    const { body } = await graphql(api, typed(`query ServerVersion { serverInfo { version } }`));
    off();
    expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    expect(body.errors?.[0]?.message).not.toMatch(/ECONNREFUSED|Neo4jError/);
    // counted, not timed: at most one try and one quick retry (none once /readyz has opened the outage)
    expect(failedTries.length).toBeLessThanOrEqual(2);
  });
});
