/**
 * `npm run test:load`: a bounded load test on loopback. Starts `quotegraph start` as a child process
 * (on NEO4J_URI when set, else on a throw-away local Neo4j with the sample corpus), then runs
 * autocannon for 30 s with 64 connections (after a 15 s warm-up), timeline and search queries alternating.
 * Passes when there are zero errors (transport, non-2xx, or GraphQL errors in a 200) and the API's
 * resident memory grows by less than 10% over the second half. Prints p50/p97.5/p99 latency.
 * Not part of `npm test`: it takes a minute and wants a quiet machine.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { loadConfig, projectRoot } from '../src/config/config.ts';
import { startLocalServer, type LocalServer } from '../src/db/local/local-server.ts';
import { freePort } from '../src/db/local/port-is-free.ts';
import { API_NODE_FLAGS } from '../src/server/api-node-flags.ts';

const DURATION_S = Number(process.env.LOAD_DURATION_S ?? 30);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 64);
const say = (line: string) => process.stderr.write(`[load] ${line}\n`);

async function main(): Promise<number> {
  const config = loadConfig();
  let local: LocalServer | null = null;
  let dataDir = '';
  let neo4jEnv: Record<string, string>;
  if (config.neo4j.uri) {
    neo4jEnv = {};
  } else {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-load-'));
    say(`starting a throw-away Neo4j in ${dataDir}`);
    local = await startLocalServer({
      config,
      dataDir,
      boltPort: await freePort(),
      httpPort: null,
      detached: false,
      startedBy: 'load test',
      say,
    });
    neo4jEnv = { NEO4J_URI: local.uri, NEO4J_USER: local.credentials.user, NEO4J_PASSWORD: local.credentials.password };
  }
  const child = spawn(
    process.execPath,
    [...API_NODE_FLAGS, path.join(projectRoot(), 'bin', 'quotegraph.js'), 'start'],
    {
      // A bounded old space, as in any container deployment: without it V8 lets garbage pile up to a
      // limit derived from the machine's RAM before a full GC, and RSS "grows" with no leak at all.
      // A leak under this bound ends in an out-of-memory crash, i.e. errors: a stricter test, not a looser one.
      env: {
        ...process.env,
        ...neo4jEnv,
        PORT: '0',
        HOST: '127.0.0.1',
        LOAD_SAMPLE: 'true',
        LOG_LEVEL: 'warn',
        NODE_OPTIONS: (
          `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=` + `${process.env.LOAD_API_MAX_OLD_SPACE_MB ?? 384}`
        ).trim(),
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  let out = '';
  child.stdout!.on('data', (d) => (out += d));
  try {
    const deadline = Date.now() + 180_000;
    let base = '';
    while (!base && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 250));
      base = /GraphQL API\s+(http:\/\/127\.0\.0\.1:\d+)\/graphql/.exec(out)?.[1] ?? '';
      if (child.exitCode !== null) throw new Error(`quotegraph start exited with ${child.exitCode}`);
    }
    if (!base) throw new Error('quotegraph start did not print its URL within 180 s');
    say(`API at ${base}`);

    const timeline = JSON.stringify({
      query:
        'query Timeline($ids: [ID!]!) { timeline(entityIds: $ids, first: 20) { totalCount edges { ' +
        'when { edtf } node { __typename ... on Quote { id text speaker { name } } ... on Event { id name } } } } }',
      variables: { ids: ['org:nato', 'person:marco-rubio'] },
    });
    const search = JSON.stringify({
      query:
        'query Search($q: String!) { search(query: $q, first: 10) { ' +
        'score snippet entity { id name } quote { id text } } }',
      variables: { q: 'Rubio NATO' },
    });
    for (const body of [timeline, search]) {
      const r = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
      const json = (await r.json()) as { errors?: unknown[] };
      if (r.status !== 200 || json.errors)
        throw new Error(`warm-up query failed: ${r.status} ${JSON.stringify(json).slice(0, 300)}`);
    }

    // Warm-up at full load first: V8 grows its heap to the working size in the first seconds under
    // load (a check with forced GCs shows heapUsed flat across thousands of requests, see
    // docs/hardening.md), and that one-off growth is not what "memory flat" is about.
    const WARMUP_S = Number(process.env.LOAD_WARMUP_S ?? 15);
    if (WARMUP_S > 0) {
      say(`warm-up: ${WARMUP_S} s at ${CONNECTIONS} connections`);
      await autocannon({
        url: `${base}/graphql`,
        connections: CONNECTIONS,
        duration: WARMUP_S,
        requests: [
          { method: 'POST', headers: { 'content-type': 'application/json' }, body: timeline },
          { method: 'POST', headers: { 'content-type': 'application/json' }, body: search },
        ],
      });
    }
    say(`measuring: ${DURATION_S} s`);
    const rssSamples: { t: number; rss: number; heap: number }[] = [];
    const started = Date.now();
    const sampler = setInterval(async () => {
      try {
        const text = await (await fetch(`${base}/metrics`)).text();
        const rss = Number(/^quotegraph_process_resident_memory_bytes (\S+)$/m.exec(text)?.[1]);
        const heap = Number(/^quotegraph_nodejs_heap_size_used_bytes (\S+)$/m.exec(text)?.[1]);
        if (rss) rssSamples.push({ t: (Date.now() - started) / 1000, rss, heap });
      } catch {
        // a missed sample is not a failure; errors are counted by autocannon
      }
    }, 1000);

    let graphqlErrors = 0;
    // a 503 OVERLOADED is admission control answering "busy, retry" at once: counted apart, not an error
    let shed = 0;
    const onResponse = (status: number, body: string) => {
      if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      if (status === 503 && body.includes('"code":"OVERLOADED"')) shed++;
    };
    const run = autocannon({
      url: `${base}/graphql`,
      connections: CONNECTIONS,
      duration: DURATION_S,
      requests: [
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: timeline, onResponse },
        { method: 'POST', headers: { 'content-type': 'application/json' }, body: search, onResponse },
      ],
    }) as unknown as Promise<autocannon.Result> & NodeJS.EventEmitter;
    const admittedMs: number[] = [];
    const shedMs: number[] = [];
    run.on(
      'response',
      (_client: unknown, status: number, _bytes: number, ms: number) =>
        void (status === 503 ? shedMs : admittedMs).push(ms),
    );
    const result = await run;
    clearInterval(sampler);
    const pct = (xs: number[], q: number) =>
      [...xs].sort((a, b) => a - b)[Math.max(0, Math.ceil(q * xs.length) - 1)] ?? NaN;

    const half = DURATION_S / 2;
    const mid = rssSamples.filter((s) => s.t >= half).at(0)?.rss ?? NaN;
    const end = rssSamples.at(-1)?.rss ?? NaN;
    const growth = ((end - mid) / mid) * 100;
    const errors = result.errors + result.timeouts + result.non2xx - shed + graphqlErrors;
    const mb = (b: number) => `${(b / 1024 / 1024).toFixed(1)} MB`;
    process.stdout.write(
      [
        `load test: ${DURATION_S} s, ${CONNECTIONS} connections, timeline + search alternating`,
        `  requests   ${result.requests.total} (${result.requests.average.toFixed(0)} req/s)`,
        `  latency    p50 ${result.latency.p50} ms, p97.5 ${result.latency.p97_5} ms, p99 ` +
          `${result.latency.p99} ms, max ${result.latency.max} ms`,
        `  errors     ${errors} (transport ${result.errors}, timeouts ${result.timeouts}, non-2xx ` +
          `${result.non2xx - shed}, GraphQL errors ${graphqlErrors})`,
        `  admitted   ${admittedMs.length}: p50 ${pct(admittedMs, 0.5)} ms, p99 ${pct(admittedMs, 0.99)} ms`,
        `  shed       ${shed} (503 OVERLOADED with Retry-After): p50 ${pct(shedMs, 0.5)} ms, p99 ` +
          `${pct(shedMs, 0.99)} ms (the latency line above counts both)`,
        `  API RSS    ${mb(rssSamples[0]?.rss ?? NaN)} at start, ${mb(mid)} at ${half} s, ${mb(end)} at ` +
          `the end: ${growth.toFixed(1)}% in the second half`,
        `  API heap   ${rssSamples
          .filter((_, i) => i % 5 === 0)
          .map((s) => `${s.t.toFixed(0)}s ${mb(s.heap)}`)
          .join(', ')}`,
        '',
      ].join('\n'),
    );
    const ok = errors === 0 && Number.isFinite(growth) && growth < 10;
    process.stdout.write(ok ? 'PASS\n' : 'FAIL: errors must be 0 and the second-half RSS growth under 10%\n');
    return ok ? 0 : 1;
  } finally {
    child.kill('SIGTERM');
    await new Promise((r) => child.once('exit', r));
    if (local) await local.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
