import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { OperationClass } from '../../src/server/operation-class.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { typed } from '../gql/gql.ts';

type Api = Awaited<ReturnType<typeof startCapturedApi>>;

/**
 * Holds admitted analytics requests before they execute, until the test opens it; says when the
 * n-th one has arrived. The requests are real (HTTP, Apollo, Neo4j): only their start is held.
 */
function analyticsGate() {
  let open!: () => void;
  let opened = new Promise<void>((r) => (open = r));
  let held = 0;
  const arrivals: { n: number; resolve: () => void }[] = [];
  const hook = async (cls: OperationClass) => {
    if (cls !== 'analytics') return;
    held++;
    for (const a of arrivals.filter((x) => x.n <= held)) a.resolve();
    await opened;
  };
  return {
    hook,
    /** resolves once n analytics requests have been admitted (and are held) */
    holding: (n: number) => new Promise<void>((resolve) => (held >= n ? resolve() : arrivals.push({ n, resolve }))),
    open: () => open(),
    close: () => {
      opened = new Promise<void>((r) => (open = r));
      held = 0;
    },
  };
}

const influence = (from: string) => `{ influence(from: "${from}", to: "2026-02-28", first: 3) { rank entity { id } } }`;

async function timed<T>(p: () => Promise<T>): Promise<{ ms: number; r: T }> {
  const t = performance.now();
  const r = await p();
  return { ms: Math.round((performance.now() - t) * 10) / 10, r };
}

describe('admission control: load shedding per operation class', () => {
  const scope = testScope('adm').toLowerCase();
  const { keys, env } = testKeys(scope);
  const person = `person:${scope}-t`;
  const upsert = typed(
    `mutation AdmUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors { code } } }`,
  );
  const timeline = `{ timeline(entityIds: ["${person}"], first: 1) { totalCount } }`;
  const search = `{ search(query: "${scope}", first: 1) { score } }`;
  let db: Database;
  let full: Api;
  let slow: Api;
  let fresh: Api;
  let door: Api;
  const doorGate = analyticsGate();
  const fullGate = analyticsGate();
  const slowGate = analyticsGate();
  const freshGate = analyticsGate();

  beforeAll(async () => {
    db = await openTestDatabase();
    // two analytics at once and no queue: the third is refused at once
    full = await startCapturedApi(db, { ADMISSION_ANALYTICS: '2,0,60000', QUOTEGRAPH_API_KEYS: env }, fullGate.hook);
    // one at once, one waiting at most 300 ms
    slow = await startCapturedApi(db, { ADMISSION_ANALYTICS: '1,1,300' }, slowGate.hook);
    // the same, with no request finished yet (so no expected wait refuses a queued one early)
    fresh = await startCapturedApi(db, { ADMISSION_ANALYTICS: '1,1,300' }, freshGate.hook);
    // one analytics request at once, no queue, keys known
    door = await startCapturedApi(db, { ADMISSION_ANALYTICS: '1,0,2000', QUOTEGRAPH_API_KEYS: env }, doorGate.hook);
    const made = await gql(
      full,
      upsert,
      { i: { id: person, kind: 'PERSON', name: `Timeline Test ${scope}` } },
      bearer(keys.editor),
    );
    expect(made.body?.data?.upsertEntity?.errors).toEqual([]);
  });
  afterAll(async () => {
    fullGate.open();
    slowGate.open();
    freshGate.open();
    doorGate.open();
    await db?.raw('MATCH (a:AuditEntry) WHERE a.who STARTS WITH $scope DETACH DELETE a', { scope });
    await db?.raw('MATCH (n:Entity) WHERE n.id STARTS WITH $prefix DETACH DELETE n', { prefix: `person:${scope}` });
    await full?.stop();
    await slow?.stop();
    await fresh?.stop();
    await door?.stop();
    await db?.close();
  });

  it(
    'when analytics fill their slots, then the next analytics request gets 503 with Retry-After and ' +
      'OVERLOADED while the held ones run on, and timeline and search are still admitted',
    async () => {
      const held = [gql(full, influence('2026-01-01')), gql(full, influence('2026-01-02'))];
      await fullGate.holding(2);

      const shed = await timed(() => gql(full, influence('2026-01-03')));
      expect(shed.r.status).toBe(503);
      expect(shed.r.headers.get('retry-after')).toBe('60');
      expect(shed.r.body?.errors?.[0]).toMatchObject({
        extensions: { code: 'OVERLOADED' },
        message: expect.stringMatching(/analytics requests .*queue is full.*retry in 60 s/),
      });
      expect(shed.r.body?.data ?? null).toBeNull();

      // more of the same, for the figure printed below (docs/hardening.md); every one is shed
      const again: number[] = [];
      for (let i = 0; i < 50; i++) {
        const r = await timed(() => gql(full, influence('2026-01-03')));
        expect(r.r.status).toBe(503);
        again.push(r.ms);
      }
      again.sort((a, b) => a - b);
      // and 64 at once, as the bench's 64 connections would send them
      const burst = (
        await Promise.all(Array.from({ length: 64 }, () => timed(() => gql(full, influence('2026-01-03')))))
      ).map((x) => {
        expect(x.r.status).toBe(503);
        return x.ms;
      });
      burst.sort((a, b) => a - b);

      // the analytics budget is spent; pages and lookups have their own
      for (const q of [timeline, search, '{ serverInfo { version } }']) {
        const r = await gql(full, q);
        expect(r.status, q).toBe(200);
        expect(r.body?.errors, q).toBeUndefined();
      }
      // both held requests are still waiting at the gate: the 503 did not wait for them
      let settled = 0;
      for (const p of held) void p.then(() => settled++);
      await Promise.resolve();
      expect(settled).toBe(0);

      fullGate.open();
      for (const r of await Promise.all(held)) {
        expect(r.status).toBe(200);
        expect(r.body?.errors).toBeUndefined();
      }
      // freed: the next analytics request is admitted again
      expect((await gql(full, influence('2026-01-03'))).status).toBe(200);

      const metrics = await (await fetch(`${full.url}/metrics`)).text();
      expect(metrics).toMatch(/quotegraph_admission_total\{class="analytics",outcome="shed_full"\} 115\b/);
      expect(metrics).toMatch(/quotegraph_admission_total\{class="analytics",outcome="admitted"\} 3\b/);
      expect(metrics).toMatch(/quotegraph_admission_total\{class="page",outcome="admitted"\} 2\b/);
      process.stdout.write(
        `[admission] shed answer (queue full) over HTTP: first ${shed.ms} ms; next 50 one by one p50 ` +
          `${again[24]} ms, max ${again[49]} ms; 64 at once p50 ${burst[31]} ms, max ${burst[63]} ms\n`,
      );
    },
  );

  it(
    'when a queued request gets no slot within its wait, then it is shed with 503 once the wait is over; ' +
      'once slots are known to be held that long, the next is refused at once',
    async () => {
      const running = gql(slow, influence('2026-01-04'));
      await slowGate.holding(1);
      const waited = await timed(() => gql(slow, influence('2026-01-05')));
      expect(waited.r.status).toBe(503);
      expect(waited.r.headers.get('retry-after')).toBe('1');
      expect(waited.r.body?.errors?.[0]).toMatchObject({
        extensions: { code: 'OVERLOADED' },
        message: expect.stringMatching(/no slot came free in time/),
      });
      // it waited its 300 ms in the queue, no less
      expect(waited.ms).toBeGreaterThanOrEqual(300);
      slowGate.open();
      expect((await running).status).toBe(200);

      // That request held its slot for longer than 300 ms (the whole wait above), so one that would
      // queue behind the next is expected to wait longer than it may: refused at once, not after 300 ms.
      slowGate.close();
      const next = gql(slow, influence('2026-01-09'));
      await slowGate.holding(1);
      const early = await timed(() => gql(slow, influence('2026-01-10')));
      expect(early.r.status).toBe(503);
      expect(early.r.body?.errors?.[0]?.message).toMatch(/would not be served within 300 ms/);
      slowGate.open();
      expect((await next).status).toBe(200);

      const metrics = await (await fetch(`${slow.url}/metrics`)).text();
      expect(metrics).toMatch(/quotegraph_admission_total\{class="analytics",outcome="shed_deadline"\} 1\b/);
      expect(metrics).toMatch(/quotegraph_admission_total\{class="analytics",outcome="shed_full"\} 1\b/);
      process.stdout.write(
        `[admission] shed answer (deadline 300 ms) ${waited.ms} ms; refused for its expected wait ` +
          `${early.ms} ms, over HTTP\n`,
      );
    },
  );

  it(
    'when a request refused for another reason had to wait, ' +
      'then it gets its own error, not OVERLOADED, and leaves no queue place behind',
    async () => {
      const running = gql(fresh, influence('2026-01-06'));
      await freshGate.holding(1);
      // the slot is taken, so this one queues; the access check refuses it meanwhile
      const refused = await gql(fresh, influence('2026-01-07'), {}, { authorization: 'Bearer not-a-key' });
      expect(refused.status).toBe(401);
      expect(refused.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      // its queue place is free again: the next one waits for a slot (and runs out of time) instead
      // of finding the queue full
      const next = await gql(fresh, influence('2026-01-08'));
      expect(next.status).toBe(503);
      expect(next.body?.errors?.[0]?.message).toMatch(/no slot came free in time/);
      freshGate.open();
      expect((await running).status).toBe(200);
      const metrics = await (await fetch(`${fresh.url}/metrics`)).text();
      expect(metrics).toMatch(/quotegraph_admission_queued\{class="analytics"\} 0\b/);
      expect(metrics).toMatch(/quotegraph_admission_in_flight\{class="analytics"\} 0\b/);
    },
  );

  it(
    'when a request equal to one that already ran finds its budget spent, then the front door refuses it ' +
      'before Apollo with the same answer, count and log line; another caller still gets its own checks',
    async () => {
      const known = influence('2026-01-11');
      doorGate.open();
      expect((await gql(door, known)).status).toBe(200);
      doorGate.close();
      const running = gql(door, influence('2026-01-12'));
      await doorGate.holding(1);

      // never run before: Apollo's admission plugin refuses it; run before: the front door does
      const viaApollo = await gql(door, influence('2026-01-13'));
      const viaDoor = await gql(door, known);
      for (const r of [viaApollo, viaDoor]) {
        expect(r.status).toBe(503);
        expect(r.headers.get('retry-after')).toBe('2');
      }
      expect(viaDoor.headers.get('content-type')).toBe(viaApollo.headers.get('content-type'));
      expect(viaDoor.body).toEqual(viaApollo.body);
      expect(viaDoor.body?.errors?.[0]?.message).toMatch(/analytics requests .*queue is full.*retry in 2 s/);
      const lines = door.logs.map((l) => JSON.parse(l)).filter((l) => l.msg === 'graphql request' && l.status === 503);
      expect(lines.map((l) => l.refusedBy ?? 'apollo')).toEqual(['apollo', 'front door']);
      expect(lines[1]).toMatchObject({ operation: lines[0].operation, errors: ['OVERLOADED'], who: 'anonymous' });

      // the same text from another caller is not the request that ran: access refuses it first
      const stranger = await gql(door, known, {}, { authorization: 'Bearer not-a-key' });
      expect(stranger.status).toBe(401);
      expect(stranger.body?.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

      // what a refusal costs on an idle machine, each way (docs/benchmarks.md)
      const apolloMs: number[] = [];
      const doorMs: number[] = [];
      for (let i = 0; i < 100; i++) {
        const a = await timed(() => gql(door, influence(`2026-01-${String(14 + (i % 14)).padStart(2, '0')}`)));
        const d = await timed(() => gql(door, known));
        expect([a.r.status, d.r.status]).toEqual([503, 503]);
        apolloMs.push(a.ms);
        doorMs.push(d.ms);
      }
      apolloMs.sort((a, b) => a - b);
      doorMs.sort((a, b) => a - b);
      const metrics = await (await fetch(`${door.url}/metrics`)).text();
      // 2 + 200 above, and the stranger's: Apollo runs the admission check alongside the access check
      expect(metrics).toMatch(/quotegraph_admission_total\{class="analytics",outcome="shed_full"\} 203\b/);
      doorGate.open();
      expect((await running).status).toBe(200);
      process.stdout.write(
        `[admission] a refusal over HTTP, p50 of 100: through Apollo ${apolloMs[49]} ms, at the front door ` +
          `${doorMs[49]} ms\n`,
      );
    },
  );

  it(
    'when influence is asked twice with the same arguments, ' +
      'then the second answer is reused; after a write it is computed again',
    async () => {
      fullGate.open();
      let projections = 0;
      const stop = db.onQuery((e) => void (e.name === 'influence/project-window-graph' && projections++));
      try {
        const q = typed(
          `query AdmInfluence { influence(from: "2026-01-01", to: "2026-02-28", algorithm: DEGREE, first: 4) {
            rank score entity { id } } }`,
        );
        const first = await gql(full, q);
        expect(first.body?.errors).toBeUndefined();
        expect(projections).toBe(1);
        const second = await gql(full, q);
        expect(second.body?.data).toEqual(first.body?.data);
        expect(projections).toBe(1);
        // other arguments are another answer
        await gql(full, q.replace('first: 4', 'first: 5'));
        expect(projections).toBe(2);

        const write = await gql(
          full,
          upsert,
          { i: { id: `person:${scope}-x`, kind: 'PERSON', name: `Cache Test ${scope}` } },
          bearer(keys.editor),
        );
        expect(write.body?.data?.upsertEntity?.errors).toEqual([]);
        const third = await gql(full, q);
        expect(third.body?.errors).toBeUndefined();
        expect(projections).toBe(3);
        const metrics = await (await fetch(`${full.url}/metrics`)).text();
        expect(metrics).toMatch(/quotegraph_influence_cache_total\{outcome="hit"\} 1\b/);
      } finally {
        stop();
      }
    },
  );
});
