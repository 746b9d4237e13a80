import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { watchOutput, type Closed } from '../support/process-output.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

const DOCUMENTS = 60;

/**
 * Runs the real CLI against the test server, four documents per transaction, one at a time (so a run
 * commits in steps and a stop lands between batches). With `interrupt`, the CLI's test pause holds the
 * second batch before its commit (src/cli/test-pause.ts); `interrupt` runs then, and the run resumes.
 */
function ingest(
  dir: string,
  interrupt?: (child: ChildProcess, said: (pattern: RegExp) => Promise<void>) => Promise<void>,
): Promise<Closed> {
  const conn = inject('neo4j');
  const pause = interrupt ? { QUOTEGRAPH_TEST_PAUSE_AFTER_BATCHES: '1' } : {};
  const child = spawn(
    process.execPath,
    [path.join(projectRoot(), 'bin', 'quotegraph.js'), 'ingest', dir, '--batch', '4', '--concurrency', '1'],
    {
      env: {
        PATH: process.env.PATH ?? '',
        TZ: 'UTC',
        NEO4J_URI: conn.uri,
        NEO4J_USER: conn.user,
        NEO4J_PASSWORD: conn.password,
        // a busy machine makes statements slow, never failed (the timeout is tested in limits.test.ts)
        QUERY_TIMEOUT_MS: '600000',
        ...pause,
      },
    },
  );
  const { waitFor, closed } = watchOutput(child);
  const said = async (pattern: RegExp) => void (await waitFor(pattern));
  if (interrupt)
    void interrupt(child, said).catch((err: unknown) => {
      child.kill('SIGKILL');
      console.error(err);
    });
  else child.stdin.end();
  return closed;
}

describe('Ctrl-C in the middle of an ingest', () => {
  let db: Database;
  let dir: string;
  const scope = testScope('interrupted');
  const url = (n: number) => `https://test.quotegraph.invalid/${scope}/${n}`;
  // Names are letters only ("Haltwellab"): digits make no name.
  const tag = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));
  const article = (n: number) =>
    `---\nurl: ${url(n)}\npublished: 2026-01-${String((n % 28) + 1).padStart(2, '0')}\nlang: en\n---\n` +
    `The envoy Ignatius Haltwell${tag(n)} spoke in Oslo on Monday. "The first sentence of article ${n} ` +
    `stands," Haltwell${tag(n)} said. ` +
    `According to Reuters, Haltwell${tag(n)} said that talks number ${n} would continue. "And the second ` +
    'one too," he added.\n';

  beforeAll(async () => {
    db = await openTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-interrupted-'));
    for (let n = 0; n < DOCUMENTS; n++)
      await writeFile(path.join(dir, `a-${String(n).padStart(3, '0')}.md`), article(n));
  });

  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $prefix OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { prefix: url(0).slice(0, -1) },
    );
    await db.raw("MATCH (p:Person) WHERE p.name STARTS WITH 'Ignatius Haltwell' DETACH DELETE p");
    await db.close();
  });

  const written = async () => {
    const rows = await db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $prefix
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(q:Quote)
       WITH d, count(q) AS quotes
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(c:Claim)
       RETURN d.url AS url, quotes, count(c) AS claims`,
      { prefix: url(0).slice(0, -1) },
    );
    return rows as { url: string; quotes: number; claims: number }[];
  };

  it('when SIGINT arrives after some documents are written, ' +
    'then it stops with exit 1, every written document is whole, and a rerun completes the rest', async () => {
    const first = await ingest(dir, async (child, said) => {
      // 4 documents committed and the next 4 written, not committed: Ctrl-C now
      await said(/^test pause: 4 documents committed in 1 batches/m);
      child.kill('SIGINT');
      await said(/SIGINT: finishing the documents being written/);
      child.stdin!.end('\n');
    });
    expect(first.code, first.stderr).toBe(1);
    expect(first.stderr).toContain('SIGINT: finishing the documents being written, then stopping');
    expect(first.stderr).toContain('Stopped by a signal');
    const afterStop = await written();
    // the batch being written when the signal came is finished; none is started after it
    expect(afterStop).toHaveLength(8);
    // whole documents only: each has both its quotes and its claim
    for (const doc of afterStop) expect(doc, doc.url).toMatchObject({ quotes: 2, claims: 1 });
    expect(first.stdout).toContain(`Ingested ${afterStop.length} documents`);

    const second = await ingest(dir);
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain(
      `Ingested ${DOCUMENTS} documents (${DOCUMENTS - afterStop.length} new, 0 replaced, ` +
        `${afterStop.length} unchanged)`,
    );
    const all = await written();
    expect(all).toHaveLength(DOCUMENTS);
    for (const doc of all) expect(doc, doc.url).toMatchObject({ quotes: 2, claims: 1 });
    // a safety net only: the test waits on what the CLI prints, never on a deadline
  }, 600_000);
});
