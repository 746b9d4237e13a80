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
  /** answered (200) vs refused by admission control (503 OVERLOADED, src/server/admission-plugin.ts), with each one's latency */
  admitted: { requests: number; latencyMs: Summary };
  shed: { requests: number; latencyMs: Summary };
  /** what the errors were: socket errors, timeouts (10 s), non-2xx answers, GraphQL errors by code */
  errorKinds: { socket: number; timeouts: number; non2xx: number; graphql: Record<string, number> };
  /** resident set size of the API process, MB */
  apiRssMb: { idle: number; max: number; end: number };
}

const rssMb = (pid: number): number => {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? round(Number(m[1]) / 1024, 1) : NaN;
};

export async function startApiProcess(conn: Connection, say: (line: string) => void): Promise<{ url: string; child: ChildProcess; stop(): Promise<void> }> {
  const child = spawn(process.execPath, [...API_NODE_FLAGS, path.join(projectRoot(), 'bin', 'quotegraph.js'), 'start'], {
    env: { ...process.env, NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password, PORT: '0', HOST: '127.0.0.1', LOAD_SAMPLE: 'false', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
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

export async function measureLoad(url: string, pid: number, bodies: { name: string; body: string }[], connections: number, seconds: number, warmupSeconds: number): Promise<LoadFigures> {
  const requests = bodies.map((b) => ({ method: 'POST' as const, headers: { 'content-type': 'application/json' }, body: b.body }));
  const idle = rssMb(pid);
  if (warmupSeconds > 0) await autocannon({ url, connections, duration: warmupSeconds, requests });
  let max = 0;
  const sampler = setInterval(() => {
    try {
      max = Math.max(max, rssMb(pid));
    } catch {
      // the process is gone: autocannon counts the errors
    }
  }, 250);
  let graphqlErrors = 0;
  const graphqlCodes: Record<string, number> = {};
  const countGraphqlError = (body: string): void => {
    graphqlErrors++;
    const code = /"code":"([A-Z_]+)"/.exec(body)?.[1] ?? 'unknown';
    graphqlCodes[code] = (graphqlCodes[code] ?? 0) + 1;
  };
  // A shed request is an answer, not an error: the API said "busy, retry in N s" at once, which is
  // what it should say to 64 clients that never back off. Its latency is kept apart from the admitted ones'.
  let shedOverloaded = 0;
  const run = autocannon({
    url,
    connections,
    duration: seconds,
    requests: requests.map((r) => ({
      ...r,
      onResponse: (status: number, body: string) => {
        if (status === 200 && body.startsWith('{"errors"')) countGraphqlError(body);
        if (status === 503 && body.includes('"code":"OVERLOADED"')) shedOverloaded++;
      },
    })),
  }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
  const admittedMs: number[] = [];
  const shedMs: number[] = [];
  run.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
    if (status === 200) admittedMs.push(ms);
    else if (status === 503) shedMs.push(ms);
  });
  const result = await run;
  clearInterval(sampler);
  return {
    connections,
    seconds,
    mix: bodies.map((b) => b.name),
    requests: result.requests.total,
    reqPerSec: round(result.requests.average, 1),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors + result.timeouts + result.non2xx - shedOverloaded + graphqlErrors,
    admitted: { requests: admittedMs.length, latencyMs: summarize(admittedMs) },
    shed: { requests: shedOverloaded, latencyMs: summarize(shedMs) },
    errorKinds: { socket: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, graphql: graphqlCodes },
    apiRssMb: { idle, max: round(max, 1), end: rssMb(pid) },
  };
}
