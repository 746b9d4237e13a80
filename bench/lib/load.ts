// Concurrent load: the API as its own process (`quotegraph start` on the bench's Neo4j, as deployed),
// autocannon with 64 connections cycling through the mixed operations, and the API process's
// resident memory sampled from /proc every 250 ms.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import type { Connection } from '../../src/db/connect.ts';
import { projectRoot } from '../../src/config/config.ts';
import { round, summarize, type Summary } from './stats.ts';
import { API_NODE_FLAGS } from '../../src/server/api-node-flags.ts';

export interface LoadFigures {
  connections: number;
  seconds: number;
  mix: string[];
  requests: number;
  reqPerSec: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** transport errors, timeouts, non-2xx answers other than a shed 503, GraphQL errors in a 200 */
  errors: number;
  /**
   * answered (200) vs refused by admission control (503 OVERLOADED, src/server/admission-plugin.ts),
   * with each one's latency
   */
  admitted: { requests: number; latencyMs: Summary };
  /**
   * `afterWaiting`: how many of them queued and got no slot before the deadline, late by design (at
   * least the class's wait); `atOnceMs`: the latency of the rest, refused on arrival
   */
  shed: { requests: number; latencyMs: Summary; afterWaiting: number; atOnceMs: Summary };
  /**
   * what the errors were: socket errors, timeouts (10 s), non-2xx answers other than a shed 503,
   * GraphQL errors by code
   */
  errorKinds: { socket: number; timeouts: number; non2xx: number; graphql: Record<string, number> };
  /** per operation of the mix: how many were admitted and shed, and the admitted ones' latency */
  byOperation: Record<
    string,
    { admitted: number; shed: number; admittedMs: { p50: number; p99: number; max: number } }
  >;
  /** the warm-up (same connections, not counted): its slowest answer, the cold burst of 64 new connections */
  warmup: { seconds: number; maxMs: number };
  /**
   * the ten slowest answers: when they came (s after the start of the measured run), how long they
   * took, which operation
   */
  slowest: { atS: number; ms: number; op: string; status: number }[];
  /** resident set size of the API process, MB */
  apiRssMb: { idle: number; max: number; end: number };
  /**
   * the API's event-loop delay over the measured run (its /metrics, sampled every 10 ms): how long
   * a callback that is due waits for the loop, the floor under any answer, a shed 503 included
   */
  eventLoopDelayMs: { p50: number; p99: number; max: number };
}

/** the API's event-loop delay since the previous scrape (prom-client resets its histogram on each one) */
async function eventLoopDelay(graphqlUrl: string): Promise<{ p50: number; p99: number; max: number }> {
  const text = await (await fetch(new URL('/metrics', graphqlUrl))).text();
  const gauge = (name: string): number => {
    const m = new RegExp(`^quotegraph_nodejs_eventloop_lag_${name}_seconds(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text);
    return m ? round(Number(m[1]) * 1000, 1) : NaN;
  };
  return { p50: gauge('p50'), p99: gauge('p99'), max: gauge('max') };
}

const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? round(Number(m[1]) / 1024, 1) : NaN;
};

export async function startApiProcess(
  conn: Connection,
  say: (line: string) => void,
): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(
    process.execPath,
    [
      ...API_NODE_FLAGS,
      // BENCH_API_CPU_PROF=DIR: a V8 CPU profile of the API process, written to DIR when it stops
      ...(process.env.BENCH_API_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_CPU_PROF}`] : []),
      path.join(projectRoot(), 'bin', 'quotegraph.js'),
      'start',
    ],
    {
      env: {
        ...process.env,
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        PORT: '0',
        HOST: '127.0.0.1',
        LOAD_SAMPLE: 'false',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 180_000;
  let base = '';
  while (!base && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 250));
    base = /GraphQL API\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out)?.[1] ?? '';
    if (child.exitCode !== null) throw new Error(`quotegraph start exited with ${child.exitCode}: ${out.slice(-800)}`);
  }
  if (!base) throw new Error(`quotegraph start did not print its URL within 180 s: ${out.slice(-800)}`);
  say(`API process ${child.pid} at ${base}`);
  return {
    url: `${base}/graphql`,
    child,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/**
 * what an answer was: a 200, a shed 503, another non-2xx, a GraphQL error in a 200 (socket errors and
 * timeouts come as reqError)
 */
type Outcome = { kind: 'ok' | 'shed' | 'non2xx' | 'graphql'; code?: string; waited?: boolean };

/**
 * One autocannon run of `warmupSeconds + seconds` on the same 64 connections; only answers that
 * arrive after the warm-up count. (Two runs, a warm-up and a measured one, measured a thundering
 * herd instead: the measured run opened 64 new connections that all sent the mix's first request at
 * the same instant, while the warm-up's abandoned requests still held the API's slots. That burst's
 * slowest answer is reported apart, as `warmup.maxMs`.)
 */
export async function measureLoad(
  url: string,
  pid: number,
  bodies: { name: string; body: string }[],
  connections: number,
  seconds: number,
  warmupSeconds: number,
): Promise<LoadFigures> {
  const idle = rssMb(pid);
  let max = 0;
  const sampler = setInterval(() => {
    try {
      max = Math.max(max, rssMb(pid));
    } catch {
      // the process is gone: the errors count it
    }
  }, 250);
  // autocannon calls a request's onResponse just before it emits 'response' for it, so what is set
  // here belongs to the answer the 'response' listener sees next
  let answered = '';
  let outcome: Outcome = { kind: 'ok' };
  const run = autocannon({
    url,
    connections,
    duration: warmupSeconds + seconds,
    requests: bodies.map((b) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: b.body,
      onResponse: (status: number, body: string) => {
        answered = b.name;
        // A shed request is an answer, not an error: the API said "busy, retry in N s" at once, which
        // is what it should say to 64 clients that never back off. Its latency is kept apart.
        if (status === 200)
          outcome = body.startsWith('{"errors"')
            ? { kind: 'graphql', code: /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'unknown' }
            : { kind: 'ok' };
        // "no slot came free in time": it queued and waited out the deadline (src/server/admission-plugin.ts)
        else if (status === 503 && body.includes('"code":"OVERLOADED"'))
          outcome = { kind: 'shed', waited: body.includes('no slot came free') };
        else outcome = { kind: 'non2xx' };
      },
    })),
  }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  const t0 = performance.now();
  const measuring = (): boolean => performance.now() - t0 >= warmupSeconds * 1000;
  // the scrape at the end of the warm-up starts the measured window of the event-loop delay
  const warmedUp = new Promise<void>((resolve) => setTimeout(resolve, warmupSeconds * 1000)).then(() =>
    eventLoopDelay(url),
  );
  let warmupMaxMs = 0;
  const admittedMs: number[] = [];
  const shedMs: number[] = [];
  const shedAtOnceMs: number[] = [];
  const perOp = new Map<string, { admittedMs: number[]; shed: number }>(
    bodies.map((b) => [b.name, { admittedMs: [], shed: 0 }]),
  );
  const kinds = { socket: 0, timeouts: 0, non2xx: 0, graphql: {} as Record<string, number> };
  let graphqlErrors = 0;
  let shedAfterWaiting = 0;
  const slow: { atS: number; ms: number; op: string; status: number }[] = [];
  run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (!measuring()) {
      warmupMaxMs = Math.max(warmupMaxMs, ms);
      return;
    }
    if (slow.length < 10 || ms > slow[slow.length - 1]!.ms) {
      slow.push({
        atS: round((performance.now() - t0) / 1000 - warmupSeconds, 2),
        ms: round(ms),
        op: answered,
        status,
      });
      slow.sort((a, b) => b.ms - a.ms);
      slow.length = Math.min(slow.length, 10);
    }
    const op = perOp.get(answered);
    if (outcome.kind === 'shed') {
      shedMs.push(ms);
      if (outcome.waited) shedAfterWaiting++;
      else shedAtOnceMs.push(ms);
      if (op) op.shed++;
      return;
    }
    if (status !== 200) kinds.non2xx++;
    if (outcome.kind === 'graphql') {
      graphqlErrors++;
      kinds.graphql[outcome.code!] = (kinds.graphql[outcome.code!] ?? 0) + 1;
    }
    if (status === 200) {
      admittedMs.push(ms);
      op?.admittedMs.push(ms);
    }
  });
  run.on('reqError', (err: Error) => {
    if (!measuring()) return;
    if (err.message === 'request timed out') kinds.timeouts++;
    else kinds.socket++;
  });
  await run;
  await warmedUp;
  const loopDelay = await eventLoopDelay(url);
  clearInterval(sampler);
  const all = summarize(admittedMs);
  const sorted = [...admittedMs].sort((a, b) => a - b);
  const p90 = round(sorted[Math.max(0, Math.ceil(0.9 * sorted.length) - 1)] ?? NaN);
  const answers = admittedMs.length + shedMs.length + kinds.non2xx;
  return {
    connections,
    seconds,
    mix: bodies.map((b) => b.name),
    requests: answers + kinds.socket + kinds.timeouts,
    reqPerSec: round(answers / seconds, 1),
    latencyMs: { p50: all.median, p90, p99: all.p99, max: all.max },
    errors: kinds.socket + kinds.timeouts + kinds.non2xx + graphqlErrors,
    admitted: { requests: admittedMs.length, latencyMs: all },
    shed: {
      requests: shedMs.length,
      latencyMs: summarize(shedMs),
      afterWaiting: shedAfterWaiting,
      atOnceMs: summarize(shedAtOnceMs),
    },
    byOperation: Object.fromEntries(
      [...perOp].map(([name, o]) => {
        const s = summarize(o.admittedMs);
        return [
          name,
          { admitted: o.admittedMs.length, shed: o.shed, admittedMs: { p50: s.median, p99: s.p99, max: s.max } },
        ];
      }),
    ),
    slowest: slow,
    warmup: { seconds: warmupSeconds, maxMs: round(warmupMaxMs) },
    errorKinds: kinds,
    apiRssMb: { idle, max: round(max, 1), end: rssMb(pid) },
    eventLoopDelayMs: loopDelay,
  };
}
