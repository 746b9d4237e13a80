import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import { removeDocument } from '../src/curation/documents.ts';
import type { Database } from '../src/db/database.ts';
import { acquireGraphLock, type GraphLock } from './support/graph-lock.ts';
import { runCli } from './support/run-cli.ts';
import { openTestDatabase } from './support/test-database.ts';

// README.md, sections "Bring your data" and "Take it to Gephi / pandas": every `npx quotegraph …` line of
// their sh blocks runs as written (in a scratch folder where `data/` is the project's), in order, on the
// test graph; then the Python block runs on the files they wrote, when pandas is installed.

const root = projectRoot();
const CLEANER = 'test-readme-data';
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');

function section(heading: string): string {
  const start = readme.indexOf(`\n## ${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  return readme.slice(start, end);
}

const blocks = (text: string, lang: string) =>
  [...text.matchAll(new RegExp(`\\n\`\`\`${lang}\\n([\\s\\S]*?)\\n\`\`\`\\n`, 'g'))].map((m) => m[1]!);

/** `npx quotegraph a b c   # comment` → ['a', 'b', 'c'] (the examples need no shell quoting) */
const commands = (text: string) =>
  blocks(text, 'sh')
    .flatMap((b) => b.split('\n'))
    .map((l) => l.replace(/\s+#.*$/, '').trim())
    .filter((l) => l.startsWith('npx quotegraph '))
    .map((l) => l.slice('npx quotegraph '.length).split(/\s+/));

describe('README "Bring your data" and "Take it to Gephi / pandas"', () => {
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-readme-data-'));
  symlinkSync(path.join(root, 'data'), path.join(scratch, 'data'));
  const examples = 'https://example.invalid/quotegraph/';
  let db: Database;
  let lock: GraphLock | undefined;

  beforeAll(async () => {
    db = await openTestDatabase();
    // the examples add people and quotes to the shared graph: not while another file compares whole answers
    lock = await acquireGraphLock('sample-answers');
  });
  afterAll(async () => {
    // what only the examples brought goes with them (entities they alone mention included)
    const docs = await db.raw('MATCH (d:Document) WHERE d.url STARTS WITH $p RETURN d.id AS id', { p: examples });
    for (const d of docs) await removeDocument(db, CLEANER, d.id as string, 'test cleanup');
    await db.raw("MATCH (e:Person) WHERE e.name IN ['Ruth Alvarenga', 'Tomas Brink'] DETACH DELETE e");
    await db.raw('MATCH (a:AuditEntry {who: $who}) DETACH DELETE a', { who: CLEANER });
    await lock?.release();
    await db?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('when the data commands run as written, then the example files are ingested and imported', () => {
    const run = commands(section('Bring your data'));
    expect(run.map((c) => c.slice(0, 2).join(' '))).toEqual([
      'ingest data/sample',
      'import articles',
      'import quotebank',
    ]);
    const out = run.map((args) => {
      const r = runCli(args, undefined, scratch);
      expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
      return r.stdout;
    });
    expect(out[1]).toContain('articles: 3 records imported');
    expect(out[2]).toContain('quotebank: 3 records imported');
  });

  it('when the export commands run as written, then each file is written and reads back', async () => {
    const run = commands(section('Take it to Gephi / pandas'));
    expect(run.map((c) => c[2])).toEqual(['graphml', 'csv', 'ndjson', 'jsonld']);
    for (const args of run) {
      const r = runCli(args, undefined, scratch);
      expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
    }
    const at = (f: string) => path.join(scratch, f);
    for (const f of ['graph.graphml', 'tables/nodes.csv', 'tables/edges.csv', 'tables/quotes.csv', 'ruth.jsonld'])
      expect(statSync(at(f)).size, f).toBeGreaterThan(0);
    const quotes = readFileSync(at('quotes.ndjson'), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { text: string; speaker: { name: string } | null });
    expect(quotes.filter((q) => q.speaker?.name === 'Ruth Alvarenga').map((q) => q.text)).toEqual(
      expect.arrayContaining(["The night ferry is the town's lifeline, and I will defend it."]),
    );
    expect(readFileSync(at('ruth.jsonld'), 'utf8')).toContain('Ruth Alvarenga');
    const pandas = spawnSync('python3', ['-c', 'import pandas'], { encoding: 'utf8' });
    if (pandas.status !== 0) {
      console.warn("python3 with pandas is not installed here: the README's Python block was not run");
      return;
    }
    const [python] = blocks(section('Take it to Gephi / pandas'), 'python');
    const r = spawnSync('python3', ['-c', python!], { cwd: scratch, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('co-mention');
    expect(existsSync(at('tables/edges.csv'))).toBe(true);
  });
});
