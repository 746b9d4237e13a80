import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { SUPPORTED_EXTENSIONS } from '../../src/documents/document-format.ts';
import { runCli } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

const READS = SUPPORTED_EXTENSIONS.join(' ');

describe('ingesting a folder with bad files', () => {
  let db: Database;
  let dir: string;
  const scope = testScope('bad-input');
  const good = (n: number) =>
    `---\nurl: https://test.quotegraph.invalid/${scope}/${n}\npublished: 2025-09-0${n}\nlang: en\n---\nThe ` +
    `envoy Quentin Testerman${n} spoke on Monday. "All is well," Testerman${n} said.\n`;
  const bad: Record<string, string | Buffer> = {
    'empty.txt': '   \n',
    'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x00, 0x01, 0x02, 0x00, 0x00]),
    'latin1.txt': Buffer.from('Die Stra\xdfe war gesperrt, sagte der B\xfcrgermeister.', 'latin1'),
    'broken-front-matter.md':
      `---\ntitle: "unclosed\nurl: https://test.quotegraph.invalid/${scope}/broken\n---\nText "with a ` +
      'quote," someone said.\n',
    'impossible-date.md':
      `---\nurl: https://test.quotegraph.invalid/${scope}/date\npublished: 2026-02-30\n---\nText "with a ` +
      'quote," someone said.\n',
    'too-big.txt': Buffer.alloc(5 * 1024 * 1024 + 10, 'a'),
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-bad-'));
    await writeFile(path.join(dir, 'good-1.md'), good(1));
    await writeFile(path.join(dir, 'good-2.md'), good(2));
    for (const [name, content] of Object.entries(bad)) await writeFile(path.join(dir, name), content);
    // a type quotegraph does not read: skipped, and said so
    await writeFile(path.join(dir, 'scan.pdf'), '%PDF-1.4');
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $prefix OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { prefix: `https://test.quotegraph.invalid/${scope}/` },
    );
    await db.raw("MATCH (p:Person) WHERE p.name STARTS WITH 'Quentin Testerman' DETACH DELETE p");
    await db.close();
  });

  it(
    'when ingested, ' +
      'then each bad file is named with its reason, the good ones are written, and the exit code is 1',
    () => {
      const out = runCli(['ingest', dir]);
      expect(out.status).toBe(1);
      expect(out.stdout, out.stderr).toContain('Ingested 2 documents');
      const failures = out.stderr.split('\n').filter((l) => l.startsWith('failed: '));
      expect(failures).toHaveLength(Object.keys(bad).length);
      for (const [name, reason] of [
        ['empty.txt', /empty/i],
        ['binary.txt', /binary/i],
        ['latin1.txt', /UTF-8/],
        ['broken-front-matter.md', /front matter/i],
        ['impossible-date.md', /2026-02-30/],
        ['too-big.txt', /over the 5(\.0)? MB limit/],
      ] as const) {
        const line = failures.find((l) => l.includes(path.join(dir, name)));
        expect(line, `no failure line for ${name}`).toBeDefined();
        expect(line).toMatch(reason);
      }
      const skipped = out.stderr.split('\n').filter((l) => l.startsWith('skipped: '));
      expect(skipped).toEqual([`skipped: ${path.join(dir, 'scan.pdf')}: unsupported file type .pdf: reads ${READS}`]);
      expect(out.stderr).toContain('1 file skipped (listed above)');
    },
  );

  it('when ingested, then nothing of the bad files is in the graph', async () => {
    const rows = await db.raw('MATCH (d:Document) WHERE d.url STARTS WITH $prefix RETURN d.url AS url ORDER BY url', {
      prefix: `https://test.quotegraph.invalid/${scope}/`,
    });
    expect(rows.map((r) => r.url)).toEqual([1, 2].map((n) => `https://test.quotegraph.invalid/${scope}/${n}`));
    const [sources] = await db.raw(
      'MATCH (d:Document) WHERE d.source STARTS WITH $dir AND NOT d.source CONTAINS "good-" RETURN count(d) AS n',
      { dir },
    );
    expect(sources!.n).toBe(0);
  });

  it('when --published is not a calendar date, then the CLI says so and writes nothing', () => {
    const out = runCli(['ingest', dir, '--published', '2026-02-30']);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('--published: "2026-02-30" is not a calendar date');
  });

  it(
    'when --concurrency is not a whole number from 1 to 16 or --batch not one from 1 to 1000, ' +
      'then the CLI says so and writes nothing',
    () => {
      for (const [flag, bad, max] of [
        ['--concurrency', '0', 16],
        ['--concurrency', '17', 16],
        ['--concurrency', 'two', 16],
        ['--concurrency', '1.5', 16],
        ['--batch', '0', 1000],
        ['--batch', '1001', 1000],
        ['--batch', 'all', 1000],
      ] as const) {
        const out = runCli(['ingest', dir, flag, bad]);
        expect(out.status, bad).toBe(1);
        expect(out.stderr).toContain(`${flag}: "${bad}": give a whole number from 1 to ${max}`);
      }
    },
  );
});
