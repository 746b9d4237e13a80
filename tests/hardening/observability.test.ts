import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestFiles } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase } from '../support/test-database.ts';
import { gql, startCapturedApi } from './support.ts';
import { typed } from '../gql/gql.ts';

describe('observability: structured logs and Prometheus metrics', () => {
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db.close();
  });

  const lines = () => api.logs.map((l) => JSON.parse(l) as Record<string, unknown>);

  it(
    'when a request carries X-Request-Id, ' + 'then its log line has that id, the operation name and the root fields',
    async () => {
      const r = await gql(api, 'query WhoAmI { serverInfo { version } }', {}, { 'x-request-id': 'req-abc.123' });
      expect(r.headers.get('x-request-id')).toBe('req-abc.123');
      const line = lines().find((l) => l.reqId === 'req-abc.123');
      expect(line).toMatchObject({
        msg: 'graphql request',
        operationName: 'WhoAmI',
        operation: 'query serverInfo',
        status: 200,
        level: 30,
      });
      expect(typeof line!.ms).toBe('number');
    },
  );

  it('when X-Request-Id is not a sane token, then a fresh id is used instead (no log injection)', async () => {
    const r = await gql(
      api,
      typed(`query ObsServerInfo { serverInfo { version } }`),
      {},
      { 'x-request-id': 'a'.repeat(500) },
    );
    const id = r.headers.get('x-request-id')!;
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines().some((l) => l.reqId === id)).toBe(true);
  });

  it(
    'when a variable does not fit its type, ' +
      'then the caller gets BAD_USER_INPUT and the log has no "internal error" for it',
    async () => {
      const r = await gql(
        api,
        'query Bad($from: Date) { timeline(entityIds: ["org:nato"], from: $from) { totalCount } }',
        { from: '2026-02-30' },
        { 'x-request-id': 'req-bad-date' },
      );
      expect(r.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const mine = lines().filter((l) => l.reqId === 'req-bad-date');
      expect(mine.map((l) => l.msg)).toEqual(['graphql request']);
      expect(mine[0]).toMatchObject({ level: 30, errors: ['BAD_USER_INPUT'] });
    },
  );

  it(
    'when /metrics is scraped, ' +
      'then it has request latency per operation, Cypher time per query file, ingest counters and Neo4j up',
    async () => {
      await gql(api, 'query A { serverInfo { version } }');
      await gql(api, 'query B { serverInfo { version } }');
      await gql(api, '{ nope }');
      await ingestFiles(db, [path.join(projectRoot(), 'data', 'sample', '01-de-beispielbote-stellenabbau.txt')]);
      const res = await fetch(`${api.url}/metrics`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/text\/plain/);
      const text = await res.text();
      expect(text).toMatch(
        /quotegraph_graphql_request_duration_seconds_bucket\{le="[^"]+",operation="query serverInfo",outcome="ok"\}/,
      );
      expect(text).toMatch(
        /quotegraph_graphql_request_duration_seconds_count\{operation="unparsed",outcome="error"\} [1-9]/,
      );
      // client-chosen operation names (A, B) do not become labels
      expect(text).not.toMatch(/operation="A"/);
      expect(text).toMatch(/quotegraph_cypher_duration_seconds_count\{query="system\/[a-z-]+",ok="true"\} [1-9]/);
      expect(text).toMatch(/quotegraph_ingest_documents_total\{stage="checked"\} [1-9]/);
      expect(text).toMatch(/^quotegraph_neo4j_up 1$/m);
      expect(text).toMatch(/quotegraph_process_resident_memory_bytes/);
    },
  );
});
