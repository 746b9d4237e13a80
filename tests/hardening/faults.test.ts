import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { startLocalServer, type LocalServer } from '../../src/db/local/local-server.ts';
import { freePort } from '../../src/db/local/port-is-free.ts';
import { isAlive } from '../../src/db/local/server-state.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import { readDocuments } from '../../src/documents/index.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { documentRows } from '../../src/ingest/document-rows.ts';
import { watchOutput } from '../support/process-output.ts';
import { gql, startCapturedApi } from './support.ts';
import { typed } from '../gql/gql.ts';

/**
 * Faults need a Neo4j this file may kill: its own throw-away local server (never the shared one).
 * The tests run in order and hand the server on: crash during ingest -> restart -> outage while
 * serving -> restart on the same port -> SIGTERM of a running `quotegraph start`.
 */
const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) console.warn('[faults.test] skipped: no java on PATH (the throw-away Neo4j needs Java 17)');

const bin = path.join(projectRoot(), 'bin', 'quotegraph.js');
// a loaded machine may take minutes to start Neo4j; the launcher still fails at once if the JVM exits
const config = loadConfig({
  NEO4J_HEAP: '512m',
  NEO4J_PAGECACHE: '128m',
  LOG_LEVEL: 'warn',
  NEO4J_START_TIMEOUT_S: '600',
});
/**
 * Only a safety net: every wait below is for an event (a line printed, a process gone, a status). The
 * first test took 100 s on a quiet machine, 321 s at load 10 (two CPU hogs) and over 600 s in the
 * whole suite at load 16: each CLI start transpiles the sources and EXPLAINs every Cypher file.
 */
const LIMIT = 1_200_000;

/** The real CLI as a child process, watched: tests wait on what it prints (tests/support/process-output.ts). */
function run(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [bin, ...args], {
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const { stdout, waitFor, closed } = watchOutput(child);
  return { child, stdout, waitFor, done: closed };
}

/** Resolves once a process is gone (a SIGKILLed child is reaped by Node at once). */
async function gone(pid: number): Promise<void> {
  while (isAlive(pid)) await new Promise((r) => setTimeout(r, 50));
}

/** Opens a new TCP connection each time (no keep-alive pool), so a closed listener shows as a refusal. */
function healthz(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/healthz', agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on('error', reject);
  });
}

describe.skipIf(!hasJava)('faults, on a throw-away Neo4j', () => {
  let dataDir = '';
  let docsDir = '';
  let server: LocalServer | undefined;
  const say = () => {};
  const start = async (boltPort?: number) =>
    startLocalServer({
      config,
      dataDir,
      boltPort: boltPort ?? (await freePort()),
      httpPort: null,
      detached: false,
      startedBy: 'faults test',
      say,
    });
  const envFor = (s: LocalServer) => ({
    NEO4J_URI: s.uri,
    NEO4J_USER: s.credentials.user,
    NEO4J_PASSWORD: s.credentials.password,
    NEO4J_CONNECT_TIMEOUT_S: '10',
    LOG_LEVEL: 'warn',
    LOAD_SAMPLE: 'false',
    // a busy machine makes statements slow, never failed: the faults here are crashes, not timeouts
    QUERY_TIMEOUT_MS: '600000',
  });
  const driverFor = (s: LocalServer): Driver =>
    neo4j.driver(s.uri, neo4j.auth.basic(s.credentials.user, s.credentials.password), {
      userAgent: 'faults-test',
      logging: { level: 'error', logger: () => {} },
    });

  // 50 articles: the sample corpus over and over, each with its own url and closing line
  const expected = new Map<
    string,
    { file: string; contentHash: string; quotes: number; claims: number; mentions: number }
  >();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-faults-'));
    docsDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-faults-docs-'));
    const sampleDir = path.join(projectRoot(), 'data', 'sample');
    const samples = readdirSync(sampleDir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(path.join(sampleDir, f), 'utf8'));
    for (let i = 0; i < 50; i++) {
      const text =
        samples[i % samples.length]!.replace(/^url: .*$/m, `url: https://fault.invalid/article-${i}`) +
        `\nClosing line of fault test article ${i}.\n`;
      const file = path.join(docsDir, `article-${String(i).padStart(2, '0')}.txt`);
      await writeFile(file, text);
      const [doc] = readDocuments({ path: file, bytes: Buffer.from(text) }, {});
      const rows = documentRows(extractDocument(doc!.body, doc!.meta));
      expected.set(rows.doc.id, {
        file: path.basename(file),
        contentHash: rows.doc.contentHash,
        quotes: new Set(rows.quotes.map((q) => q.id)).size,
        claims: new Set(rows.claims.map((c) => c.id)).size,
        mentions: new Set(rows.entities.map((e) => e.id)).size,
      });
    }
    server = await start();
  }, LIMIT);

  afterAll(async () => {
    await server?.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    await rm(docsDir, { recursive: true, force: true });
  }, LIMIT);

  async function storedDocuments(s: LocalServer) {
    const driver = driverFor(s);
    try {
      const { records } = await driver.executeQuery(
        `MATCH (d:Document) WHERE d.url STARTS WITH 'https://fault.invalid/'
         RETURN d.id AS id, d.contentHash AS contentHash,
                COUNT { (d)<-[:SOURCED_FROM]-(:Quote) } AS quotes, COUNT { (d)<-[:SOURCED_FROM]-(:Claim) } AS claims,
                COUNT { (d)-[:MENTIONS]->(:Entity) } AS mentions`,
      );
      const { records: orphans } = await driver.executeQuery(
        'MATCH (f) WHERE (f:Quote OR f:Claim OR f:Event OR f:Report) AND NOT (f)-[:SOURCED_FROM]->() ' +
          'RETURN count(f) AS n',
      );
      return {
        docs: records.map((r) => ({
          id: r.get('id') as string,
          contentHash: r.get('contentHash') as string,
          quotes: Number(r.get('quotes')),
          claims: Number(r.get('claims')),
          mentions: Number(r.get('mentions')),
        })),
        orphans: Number(orphans[0]!.get('n')),
      };
    } finally {
      await driver.close();
    }
  }

  function expectWhole(docs: { id: string; contentHash: string; quotes: number; claims: number; mentions: number }[]) {
    for (const d of docs) {
      const want = expected.get(d.id);
      expect(want, `unexpected document ${d.id}`).toBeDefined();
      expect({ ...d, file: want!.file }).toEqual({ id: d.id, ...want! });
    }
  }

  it(
    'when Neo4j is killed in the middle of ingesting 50 documents, ' +
      'then no document is half-written, the CLI names the failed files, and a rerun completes them',
    async () => {
      // Two documents per transaction, one transaction at a time, and the CLI's test pause
      // (src/cli/test-pause.ts): after 4 committed batches it writes the 5th and waits before its
      // commit. The crash then lands inside a transaction, at the same point on any machine.
      const t0 = Date.now();
      // where the time went, printed as it goes: on a loaded machine this test takes minutes
      const mark = (what: string) => console.info(`[faults] ${what} after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
      const ingest = run(['ingest', docsDir, '--batch', '2', '--concurrency', '1'], {
        ...envFor(server!),
        QUOTEGRAPH_TEST_PAUSE_AFTER_BATCHES: '4',
      });
      const paused = await ingest.waitFor(/^test pause: (\d+) documents committed in (\d+) batches/m);
      mark('ingest paused');
      expect(paused.slice(1)).toEqual(['8', '4']);
      // the written 5th batch is not visible: only what was committed
      expect((await storedDocuments(server!)).docs).toHaveLength(8);
      process.kill(server!.pid, 'SIGKILL'); // a crash, not a clean shutdown
      await gone(server!.pid);
      ingest.child.stdin!.end('\n'); // resume: the commit meets a dead server
      const first = await ingest.done;
      mark('ingest ended after the crash');
      expect(first.code, first.stderr).toBe(1);
      const failedLines = first.stderr.split('\n').filter((l) => l.startsWith('failed: '));
      for (const l of failedLines) expect(l).toMatch(/article-\d\d\.txt/);
      const ingested = Number(/Ingested (\d+) documents/.exec(first.stdout)?.[1]);
      expect(ingested).toBe(8);
      expect(failedLines).toHaveLength(42);

      server = await start();
      mark('Neo4j restarted');
      const afterCrash = await storedDocuments(server);
      expect(afterCrash.orphans).toBe(0);
      // the batch inside the killed transaction is gone as a whole
      expect(afterCrash.docs).toHaveLength(8);
      expectWhole(afterCrash.docs);

      const again = await run(['ingest', docsDir], envFor(server)).done;
      mark('rerun ended');
      expect(again.stderr).not.toMatch(/^failed: /m);
      expect(again.code).toBe(0);
      expect(again.stdout).toContain(`${afterCrash.docs.length} unchanged`);
      const complete = await storedDocuments(server);
      expect(complete.docs.length).toBe(50);
      expect(complete.orphans).toBe(0);
      expectWhole(complete.docs);
    },
    LIMIT,
  );

  it(
    'when Neo4j goes down under a running API, then /readyz is 503 and queries answer DATABASE_UNAVAILABLE ' +
      'without retrying, and the API recovers by itself when Neo4j is back',
    async () => {
      const port = Number(new URL(server!.uri).port);
      const { db } = await openDatabase(config, {
        uri: server!.uri,
        user: server!.credentials.user,
        password: server!.credentials.password,
        database: 'neo4j',
      });
      const api = await startCapturedApi(db as Database);
      try {
        expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
        const q = typed(`query FltQuotes { quotes(first: 1) { totalCount } }`);
        expect((await gql(api, q)).body?.data?.quotes.totalCount).toBeGreaterThan(0);

        const failedTries: string[] = [];
        const off = db.onQuery((e) => void (e.ok || failedTries.push(e.name)));
        await server!.stop();
        let t = Date.now();
        const ready = await fetch(`${api.url}/readyz`);
        const readyMs = Date.now() - t;
        expect(ready.status).toBe(503);
        expect(await ready.json()).toMatchObject({ status: 'unavailable', code: 'DATABASE_UNAVAILABLE' });
        t = Date.now();
        const down = await gql(api, q);
        const queryMs = Date.now() - t;
        expect(down.body?.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
        // once one request has seen the server unreachable, the others fail without trying (src/db/outage.ts)
        t = Date.now();
        const again = await Promise.all(Array.from({ length: 10 }, () => gql(api, q)));
        const tenMs = Date.now() - t;
        for (const r of again)
          expect(r.body?.errors?.[0]).toMatchObject({
            message: expect.stringContaining('unreachable for'),
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          });
        off();
        console.info(
          `[faults] Neo4j down: /readyz 503 in ${readyMs} ms, query DATABASE_UNAVAILABLE in ${queryMs} ms, ` +
            `10 more in ${tenMs} ms`,
        );
        // Counted, not timed (a busy machine is slow either way): the refused connection was tried twice
        // by /readyz's statement, not retried for the driver's 5 s window (7 s measured before), and no
        // request after it tried at all.
        expect(failedTries).toEqual(['system/migrations-applied', 'system/migrations-applied']);

        server = await start(port);
        // the outage probes the server every second; wait for the API to say it is back
        let status = 0;
        while (status !== 200) {
          status = (await fetch(`${api.url}/readyz`)).status;
          if (status !== 200) await new Promise((r) => setTimeout(r, 200));
        }
        // Ready means the API reached the server again; a server just started may still refuse a
        // query for a moment (under a CPU hog the first one failed). Every answer until the first
        // success must be a transient code, and one must come.
        const transient = new Set(['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT', 'OVERLOADED']);
        for (;;) {
          const back = (await gql(api, q)).body;
          if (back?.data) {
            expect(back.data.quotes.totalCount).toBeGreaterThan(0);
            break;
          }
          const code = back?.errors?.[0]?.extensions?.code;
          console.info(`[faults] first query after recovery answered ${code}: ${back?.errors?.[0]?.message}`);
          expect(code !== undefined && transient.has(code)).toBe(true);
          await new Promise((r) => setTimeout(r, 500));
        }
      } finally {
        await api.stop();
        await db.close();
      }
    },
    LIMIT,
  );

  it(
    'when `quotegraph start` gets SIGTERM during a request, then that request is answered, new connections ' +
      'are refused, and the process exits 0 after closing the driver',
    async () => {
      const started = run(['start'], { ...envFor(server!), PORT: '0', HOST: '127.0.0.1' });
      // start-up migrates and EXPLAINs every Cypher file: slow on a loaded 2-core machine, so wait for its line
      const port = Number((await started.waitFor(/GraphQL API\s+http:\/\/127\.0\.0\.1:(\d+)\/graphql/))[1]);

      const body = JSON.stringify({ query: typed(`query FltQuotes2 { quotes(first: 1) { totalCount } }`).toString() });
      // "Expect: 100-continue": the server answers "100 Continue" once it has parsed the headers and
      // started the request, so the test knows the request is in flight before it sends SIGTERM
      const req = http.request({
        host: '127.0.0.1',
        port,
        path: '/graphql',
        method: 'POST',
        agent: false,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          expect: '100-continue',
        },
      });
      const inFlight = new Promise<void>((resolve) => req.once('continue', resolve));
      const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
        req.once('response', (res) => {
          let text = '';
          res.on('data', (d) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        });
        req.once('error', reject);
      });
      req.flushHeaders();
      await inFlight;
      started.child.kill('SIGTERM');
      await started.waitFor(/SIGTERM: stopping the API/);
      // while draining, new connections are refused: the listener closes a moment after the signal
      for (;;) {
        const refused = await healthz(port).then(
          () => false,
          () => true,
        );
        if (refused) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      req.end(body);
      const answered = await response;
      expect(answered.status).toBe(200);
      expect(JSON.parse(answered.text).data.quotes.totalCount).toBeGreaterThan(0);
      const exit = await started.done;
      expect(exit.stderr).toContain('SIGTERM: stopping the API');
      // exitCode (not process.exit) is how bin/quotegraph.js ends: the process only exits once the
      // driver's sockets are closed, so a clean exit is the proof that the driver was closed
      expect(exit.code).toBe(0);
    },
    LIMIT,
  );
});
