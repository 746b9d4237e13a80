import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { ExecutionPool } from '../../src/server/execution-pool.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { version } from '../../src/version.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { post, startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';

/** A counter of /metrics, summed over the label sets that contain `labels`. */
async function metric(api: RunningApi, name: string, labels = ''): Promise<number> {
  const text = await (await fetch(`${api.url}/metrics`)).text();
  let sum = 0;
  for (const line of text.split('\n'))
    if (line.startsWith(`${name}{`) && line.includes(labels)) sum += Number(line.slice(line.lastIndexOf(' ') + 1));
  return sum;
}

// Requests whose answers must not depend on where the operation executed: data, a resolver's
// refusal with its field, an unknown id, a variable of the wrong type, a query that does not parse.
const REQUESTS: { name: string; body: unknown }[] = [
  { name: 'entity', body: { query: '{ entity(id: "person:marco-rubio") { id name __typename } }' } },
  {
    name: 'timeline with variables',
    body: {
      query:
        'query T($ids: [ID!]!) { timeline(entityIds: $ids, first: 5) { totalCount ' +
        'edges { when { earliest precision } node { __typename ... on Quote { id text } } } } }',
      variables: { ids: ['person:marco-rubio'] },
    },
  },
  {
    name: 'search',
    body: { query: '{ search(query: "NATO", first: 5) { score snippet entity { id } quote { id } } }' },
  },
  { name: 'first out of range', body: { query: '{ quotes(first: 101) { totalCount } }' } },
  { name: 'unknown document (null)', body: { query: '{ document(id: "document:none-such") { id } }' } },
  {
    name: 'variable of the wrong type',
    body: { query: 'query Q($n: Int) { quotes(first: $n) { totalCount } }', variables: { n: 'ten' } },
  },
  { name: 'not GraphQL', body: { query: '{ entity(id: ' } },
];

describe('execution threads', () => {
  let db: Database;
  let inProcess: RunningApi;
  let pooled: RunningApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
    inProcess = await startTestApi(db, { EXECUTION_THREADS: '0' });
    pooled = await startTestApi(db, { EXECUTION_THREADS: '1' });
  });
  afterAll(async () => {
    await inProcess?.stop();
    await pooled?.stop();
    await db?.close();
  });

  it.each(REQUESTS)(
    'when $name is asked, then the thread answers exactly as the HTTP thread does',
    async ({ body }) => {
      // Other test files write to the same Neo4j while this runs, so a search can change between two
      // requests. The thread's answer counts when the HTTP thread gave the same answer before and after
      // it: the graph did not change in between. A change lasts only while another file writes.
      for (let attempt = 1; ; attempt++) {
        const before = await post(inProcess, body);
        const there = await post(pooled, body);
        const after = await post(inProcess, body);
        const stable = before.status === after.status && before.text === after.text;
        if (stable || attempt === 20) {
          expect(there.status).toBe(before.status);
          expect(there.text).toBe(before.text);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 250 * attempt));
      }
    },
  );

  it('the requests above include data and each kind of refusal', async () => {
    const answers = await Promise.all(REQUESTS.map((r) => post(pooled, r.body)));
    expect(answers[0]!.body?.data).toMatchObject({ entity: { id: 'person:marco-rubio' } });
    for (const data of [answers[1], answers[2]]) expect(data!.body?.errors).toBeUndefined();
    expect((answers[2]!.body?.data as { search: unknown[] } | undefined)?.search.length).toBeGreaterThan(0);
    expect(answers[3]!.body?.errors?.[0]?.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
    expect(answers[5]!.status).toBe(400);
    expect(answers[6]!.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  const counted =
    "when a thread ran the statements and the influence cache, then the HTTP thread's /metrics count them";
  it(counted, async () => {
    const statements = await metric(pooled, 'quotegraph_cypher_duration_seconds_count');
    const influence = '{ influence(from: "2026-01-01", to: "2026-02-28", first: 3) { rank entity { id } } }';
    const misses = await metric(pooled, 'quotegraph_influence_cache_total', 'outcome="miss"');
    const hits = await metric(pooled, 'quotegraph_influence_cache_total', 'outcome="hit"');
    const first = await post(pooled, { query: influence });
    expect(first.body?.errors).toBeUndefined();
    expect(await metric(pooled, 'quotegraph_cypher_duration_seconds_count')).toBeGreaterThan(statements);
    expect(await metric(pooled, 'quotegraph_influence_cache_total', 'outcome="miss"')).toBe(misses + 1);
    expect((await post(pooled, { query: influence })).text).toBe(first.text);
    expect(await metric(pooled, 'quotegraph_influence_cache_total', 'outcome="hit"')).toBe(hits + 1);
    // a write of this process (the API's Database counts the statements run on it) drops the
    // answer the thread cached, as it drops the HTTP thread's own
    await db.raw('RETURN 1');
    await post(pooled, { query: influence });
    expect(await metric(pooled, 'quotegraph_influence_cache_total', 'outcome="miss"')).toBe(misses + 2);
  });
});

describe('an execution thread that dies', () => {
  let pool: ExecutionPool;
  const deaths: string[] = [];
  const request = {
    query: '{ serverInfo { version } }',
    operationName: null,
    variables: undefined,
    auth: { kind: 'anonymous' as const },
    requestId: 'test',
    writeGeneration: 0,
  };
  beforeAll(async () => {
    const config = loadConfig({ LOG_LEVEL: 'warn' }, projectRoot());
    pool = await ExecutionPool.start(config, inject('neo4j'), version, 1, (why) => deaths.push(why));
  });
  afterAll(async () => {
    await pool?.stop();
  });

  it('fails what it had in flight, is replaced, and the pool answers again', async () => {
    const before = await pool.execute(request);
    expect(before.errors).toBeUndefined();
    expect(before.data).toEqual({ serverInfo: { version } });
    // the test reaches into the pool for its one thread: nothing outside may end a thread
    const [thread] = (pool as unknown as { threads: { worker: { terminate(): Promise<number> } }[] }).threads;
    const inFlight = pool.execute(request);
    await thread!.worker.terminate();
    const answer = await inFlight;
    // it either finished before the thread ended or failed as ours: it never hangs
    if (answer.errors) expect(answer.errors.map((e) => e.app?.code)).toEqual(['INTERNAL_SERVER_ERROR']);
    else expect(answer.data).toEqual({ serverInfo: { version } });
    expect(deaths).toHaveLength(1);
    expect(deaths[0]).toMatch(/exit code/);
    // the replacement connects in the background; poll until it answers
    const deadline = Date.now() + 120_000;
    let after = await pool.execute(request);
    while (after.errors && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      after = await pool.execute(request);
    }
    expect(after.errors).toBeUndefined();
    expect(after.data).toEqual({ serverInfo: { version } });
    expect(pool.size).toBe(1);
  });
});
