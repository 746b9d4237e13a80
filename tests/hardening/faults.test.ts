import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
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
import { openDatabase } from '../../src/db/open-database.ts';
import { readDocuments } from '../../src/documents/index.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { documentRows } from '../../src/ingest/document-rows.ts';
import { gql, startCapturedApi } from './support.ts';

/**
 * Faults need a Neo4j this file may kill: its own throw-away local server (never the shared one).
 * The tests run in order and hand the server on: crash during ingest -> restart -> outage while
 * serving -> restart on the same port -> SIGTERM of a running `quotegraph start`.
 */
const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) console.warn('[faults.test] skipped: no java on PATH (the throw-away Neo4j needs Java 17)');

const bin = path.join(projectRoot(), 'bin', 'quotegraph.js');
const config = loadConfig({ NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m', LOG_LEVEL: 'warn' });

function run(args: string[], env: Record<string, string>): { child: ChildProcess; stdout: () => string; done: Promise<{ code: number | null; stdout: string; stderr: string }> } {
  const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const done = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => child.on('exit', (code) => resolve({ code, stdout, stderr })));
  return { child, stdout: () => stdout, done };
}

describe.skipIf(!hasJava)('faults, on a throw-away Neo4j', () => {
  let dataDir = '';
  let docsDir = '';
  let server: LocalServer | undefined;
  const say = () => {};
  const start = async (boltPort?: number) => startLocalServer({ config, dataDir, boltPort: boltPort ?? (await freePort()), httpPort: null, detached: false, startedBy: 'faults test', say });
  const envFor = (s: LocalServer) => ({ NEO4J_URI: s.uri, NEO4J_USER: s.credentials.user, NEO4J_PASSWORD: s.credentials.password, NEO4J_CONNECT_TIMEOUT_S: '10', LOG_LEVEL: 'warn', LOAD_SAMPLE: 'false' });
  const driverFor = (s: LocalServer): Driver => neo4j.driver(s.uri, neo4j.auth.basic(s.credentials.user, s.credentials.password), { userAgent: 'faults-test', logging: { level: 'error', logger: () => {} } });

  // 50 articles: the sample corpus over and over, each with its own url and closing line
  const expected = new Map<string, { file: string; contentHash: string; quotes: number; claims: number; mentions: number }>();

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-faults-'));
    docsDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-faults-docs-'));
    const sampleDir = path.join(projectRoot(), 'data', 'sample');
    const samples = readdirSync(sampleDir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(path.join(sampleDir, f), 'utf8'));
    for (let i = 0; i < 50; i++) {
      const text = samples[i % samples.length]!.replace(/^url: .*$/m, `url: https://fault.invalid/article-${i}`) + `\nClosing line of fault test article ${i}.\n`;
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
  }, 240_000);

  afterAll(async () => {
    await server?.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
    await rm(docsDir, { recursive: true, force: true });
  }, 120_000);

  async function storedDocuments(s: LocalServer) {
    const driver = driverFor(s);
    try {
      const { records } = await driver.executeQuery(
        `MATCH (d:Document) WHERE d.url STARTS WITH 'https://fault.invalid/'
         RETURN d.id AS id, d.contentHash AS contentHash,
                COUNT { (d)<-[:SOURCED_FROM]-(:Quote) } AS quotes, COUNT { (d)<-[:SOURCED_FROM]-(:Claim) } AS claims,
                COUNT { (d)-[:MENTIONS]->(:Entity) } AS mentions`,
      );
      const { records: orphans } = await driver.executeQuery('MATCH (f) WHERE (f:Quote OR f:Claim OR f:Event OR f:Report) AND NOT (f)-[:SOURCED_FROM]->() RETURN count(f) AS n');
      return {
        docs: records.map((r) => ({ id: r.get('id') as string, contentHash: r.get('contentHash') as string, quotes: Number(r.get('quotes')), claims: Number(r.get('claims')), mentions: Number(r.get('mentions')) })),
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

  it('when Neo4j is killed in the middle of ingesting 50 documents, then no document is half-written, the CLI names the failed files, and a rerun completes them', async () => {
    // two documents per transaction, so the run commits in steps and the crash lands between and inside batches
    const ingest = run(['ingest', docsDir, '--batch', '2'], envFor(server!));
    const watcher = driverFor(server!);
    let seen = 0;
    try {
      const deadline = Date.now() + 120_000;
      while (Date.now() < deadline) {
        const { records } = await watcher.executeQuery("MATCH (d:Document) WHERE d.url STARTS WITH 'https://fault.invalid/' RETURN count(d) AS n");
        seen = Number(records[0]!.get('n'));
        if (seen >= 8) break;
        await new Promise((r) => setTimeout(r, 50));
      }
    } finally {
      await watcher.close();
    }
    expect(seen).toBeGreaterThanOrEqual(8);
    expect(seen).toBeLessThan(50);
    process.kill(server!.pid, 'SIGKILL'); // a crash, not a clean shutdown
    const first = await ingest.done;
    expect(first.code).toBe(1);
    const failedLines = first.stderr.split('\n').filter((l) => l.startsWith('failed: '));
    expect(failedLines.length).toBeGreaterThan(0);
    for (const l of failedLines) expect(l).toMatch(/article-\d\d\.txt/);
    const ingested = Number(/Ingested (\d+) documents/.exec(first.stdout)?.[1]);
    expect(ingested + failedLines.length).toBe(50);

    server = await start();
    const afterCrash = await storedDocuments(server);
    expect(afterCrash.orphans).toBe(0);
    expect(afterCrash.docs.length).toBeGreaterThanOrEqual(ingested);
    expect(afterCrash.docs.length).toBeLessThan(50);
    expectWhole(afterCrash.docs);

    const again = await run(['ingest', docsDir], envFor(server)).done;
    expect(again.stderr).not.toMatch(/^failed: /m);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain(`${afterCrash.docs.length} unchanged`);
    const complete = await storedDocuments(server);
    expect(complete.docs.length).toBe(50);
    expect(complete.orphans).toBe(0);
    expectWhole(complete.docs);
  }, 300_000);

  it('when Neo4j goes down under a running API, then /readyz is 503 and queries answer DATABASE_UNAVAILABLE quickly, and the API recovers by itself when Neo4j is back', async () => {
    const port = Number(new URL(server!.uri).port);
    const { db } = await openDatabase(config, { uri: server!.uri, user: server!.credentials.user, password: server!.credentials.password, database: 'neo4j' });
    const api = await startCapturedApi(db as Database);
    try {
      expect((await fetch(`${api.url}/readyz`)).status).toBe(200);
      const q = '{ quotes(first: 1) { totalCount } }';
      expect((await gql(api, q)).body?.data?.quotes.totalCount).toBeGreaterThan(0);

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
      for (const r of again) expect(r.body?.errors?.[0]).toMatchObject({ message: expect.stringContaining('unreachable for'), extensions: { code: 'DATABASE_UNAVAILABLE' } });
      console.info(`[faults] Neo4j down: /readyz 503 in ${readyMs} ms, query DATABASE_UNAVAILABLE in ${queryMs} ms, 10 more in ${tenMs} ms`);
      // a refused connection is tried twice, not retried for the driver's 5 s window (7 s measured before)
      expect(readyMs).toBeLessThan(5_000);
      expect(queryMs).toBeLessThan(5_000);
      expect(tenMs).toBeLessThan(1_000);

      server = await start(port);
      const deadline = Date.now() + 60_000;
      let status = 0;
      while (Date.now() < deadline && status !== 200) {
        status = (await fetch(`${api.url}/readyz`)).status;
        if (status !== 200) await new Promise((r) => setTimeout(r, 500));
      }
      expect(status).toBe(200);
      expect((await gql(api, q)).body?.data?.quotes.totalCount).toBeGreaterThan(0);
    } finally {
      await api.stop();
      await db.close();
    }
  }, 240_000);

  it('when `quotegraph start` gets SIGTERM during a request, then that request is answered, new connections are refused, and the process exits 0 after closing the driver', async () => {
    const started = run(['start'], { ...envFor(server!), PORT: '0', HOST: '127.0.0.1' });
    let port = 0;
    // start-up migrates and EXPLAINs every Cypher file: slow on a loaded 2-core machine
    const deadline = Date.now() + 150_000;
    while (!port && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 200));
      port = Number(/GraphQL API\s+http:\/\/127\.0\.0\.1:(\d+)\/graphql/.exec(started.stdout())?.[1] ?? 0);
    }
    expect(port, `quotegraph start printed no URL:\n${started.stdout()}`).toBeGreaterThan(0);

    const body = JSON.stringify({ query: '{ quotes(first: 1) { totalCount } }' });
    const response = new Promise<{ status: number; text: string }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      });
      req.on('error', reject);
      req.write(body.slice(0, 10)); // the request is in flight: headers and part of the body sent
      setTimeout(() => {
        started.child.kill('SIGTERM');
        setTimeout(async () => {
          // while draining, new connections are refused
          await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
          req.end(body.slice(10));
        }, 700);
      }, 200);
    });
    const answered = await response;
    expect(answered.status).toBe(200);
    expect(JSON.parse(answered.text).data.quotes.totalCount).toBeGreaterThan(0);
    const exit = await started.done;
    expect(exit.stderr).toContain('SIGTERM: stopping the API');
    // exitCode (not process.exit) is how bin/quotegraph.js ends: the process only exits once the
    // driver's sockets are closed, so a clean exit is the proof that the driver was closed
    expect(exit.code).toBe(0);
  }, 240_000);
});
