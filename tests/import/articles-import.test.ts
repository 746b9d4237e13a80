import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { runCli } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Article tables written for this test (invented outlet, people and words): a CSV with a multi-line text
// field and a record without text, and gzip-compressed JSON lines; imported, then imported again.
describe('quotegraph import articles', () => {
  const scope = testScope('articles');
  const tag = `Arti${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-articles-'));
  const csv = path.join(tmp, 'archive.csv');
  const jsonl = path.join(tmp, 'archive.jsonl.gz');
  let db: Database;
  const cell = (s: string) => `"${s.replaceAll('"', '""')}"`;

  writeFileSync(
    csv,
    [
      'url,title,published,outlet,lang,text',
      [
        `${prefix}1`,
        `${tag} opens the pier`,
        '2031-05-02',
        `${tag} Courier`,
        'en',
        cell(`Invented text, written for a quotegraph test.\n\n"The pier opens in June," Mayor Ruth ${tag} said.`),
      ].join(','),
      [`${prefix}2`, 'No text here', '2031-05-03', `${tag} Courier`, 'en', ''].join(','),
      [
        `${prefix}3`,
        `${tag} on tolls`,
        '2031-05-04',
        `${tag} Courier`,
        'en',
        cell(`Invented text, written for a quotegraph test.\n\n"Tolls stay low," Ruth ${tag} said, "for now."`),
      ].join(','),
    ].join('\r\n'),
  );
  writeFileSync(
    jsonl,
    gzipSync(
      `${JSON.stringify({
        url: `${prefix}4`,
        title: `${tag} four`,
        publishedAt: '2031-05-05',
        outlet: `${tag} Courier`,
        lang: 'en',
        text: `Invented text, written for a quotegraph test.\n\n"Ferries run every hour," Ruth ${tag} said.`,
      })}\n`,
    ),
  );
  const importCli = (...args: string[]) => {
    const r = runCli(['import', 'articles', '--state', path.join(tmp, 'state.json'), ...args]);
    expect(r.status, r.stderr).toBe(0);
    return r;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: prefix },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when CSV and compressed JSON lines are imported, then each article is extracted and stored', async () => {
    const r = importCli(csv, jsonl, '--json');
    const s = JSON.parse(r.stdout) as { records: number; bad: number; badLines: { line: number; reason: string }[] };
    expect([s.records, s.bad]).toEqual([3, 1]);
    // the record without text is named by the line it starts on (the first record spans lines 2-4)
    expect(s.badLines[0]).toMatchObject({ file: csv, line: 5 });
    expect(s.badLines[0]!.reason).toContain('has no text');
    const docs = await db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $p
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(q:Quote)<-[:SAID]-(p:Person)
       RETURN d.url AS url, d.publishedAt AS published, collect(DISTINCT p.name) AS speakers ORDER BY url`,
      { p: prefix },
    );
    expect(docs.map((d) => [d.url, d.published, d.speakers])).toEqual([
      [`${prefix}1`, '2031-05-02', [`Ruth ${tag}`]],
      [`${prefix}3`, '2031-05-04', [`Ruth ${tag}`]],
      [`${prefix}4`, '2031-05-05', [`Ruth ${tag}`]],
    ]);
  });

  it('when the same tables are imported again, then every document is unchanged', () => {
    const r = importCli(csv, jsonl, '--json');
    const s = JSON.parse(r.stdout) as { counts: Record<string, number> };
    expect(s.counts).toMatchObject({ unchanged: 3, created: 0, replaced: 0, failed: 0 });
  });
});
