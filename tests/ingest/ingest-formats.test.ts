import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { runCli } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

describe('ingesting every input format through the CLI into the graph', () => {
  let db: Database;
  let dir: string;
  const scope = testScope('formats');
  const url = (name: string) => `https://test.quotegraph.invalid/${scope}/${name}`;
  // Invented speakers, one per format, so each document's facts can be found by name.
  const SURNAMES: Record<string, string> = {
    Html: 'Hartwell',
    JsonA: 'Jansenova',
    JsonB: 'Jorgensby',
    LineA: 'Lindqvara',
    LineB: 'Lundgrava',
    Stdin: 'Stenborga',
  };
  const speaker = (n: string) => `Ottilie ${SURNAMES[n]}`;
  const sentence = (n: string) =>
    `Foreign Minister ${speaker(n)} met allies on Monday. "We agree on the ${n} plan," ${speaker(n)} said.`;

  beforeAll(async () => {
    db = await openTestDatabase();
    dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-formats-'));
    await writeFile(
      path.join(dir, 'page.html'),
      '<!doctype html><html><head><title>Allies agree (test page)</title><meta property="og:url" ' +
        `content="${url('html')}">` +
        '<meta property="article:published_time" content="2026-03-04T08:00:00Z"></head><body><nav>Home | ' +
        'World | Sport</nav>' +
        `<article><h1>Allies agree</h1><p>${sentence('Html')}</p></article><footer>Cookie ` +
        'settings</footer></body></html>',
    );
    await writeFile(
      path.join(dir, 'records.json'),
      JSON.stringify([
        { url: url('json-0'), published: '2026-03-05', lang: 'en', title: 'First record', text: sentence('JsonA') },
        { url: url('json-1'), published: '2026-03-06', lang: 'en', title: 'Second record', text: sentence('JsonB') },
      ]),
    );
    await writeFile(
      path.join(dir, 'lines.jsonl'),
      [
        JSON.stringify({ url: url('jsonl-1'), published: '2026-03-07', lang: 'en', text: sentence('LineA') }),
        '',
        JSON.stringify({ url: url('jsonl-3'), published: '2026-03-08', lang: 'en', body: sentence('LineB') }),
      ].join('\n'),
    );
  });

  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $prefix OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { prefix: url('') },
    );
    await db.raw('MATCH (p:Person) WHERE p.name IN $names DETACH DELETE p', {
      names: Object.keys(SURNAMES).map(speaker),
    });
    await db.close();
  });

  const saidBy = async (n: string) =>
    db.raw(
      `MATCH (p:Person {name: $name})-[:SAID]->(q:Quote)-[:SOURCED_FROM]->(d:Document)
       RETURN q.text AS text, d.url AS url, toString(d.publishedAt) AS published, d.text AS body`,
      { name: speaker(n) },
    );

  it(
    'when a folder holds .html, .json and .jsonl files, ' +
      'then every record becomes a document with its quote, its url and date',
    () => {
      const out = runCli(['ingest', dir]);
      expect(out.status, out.stderr).toBe(0);
      expect(out.stdout).toContain('Ingested 5 documents (5 new');
    },
  );

  it.each([
    ['Html', 'html', '2026-03-04'],
    ['JsonA', 'json-0', '2026-03-05'],
    ['JsonB', 'json-1', '2026-03-06'],
    ['LineA', 'jsonl-1', '2026-03-07'],
    ['LineB', 'jsonl-3', '2026-03-08'],
  ])(
    'when the %s document is read back, then its quote is sourced from it with the metadata of its record',
    async (n, name, published) => {
      const rows = await saidBy(n);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ text: `We agree on the ${n} plan,`, url: url(name), published });
      // page chrome (navigation, footer) is not article text
      expect(rows[0]!.body).not.toMatch(/Cookie settings|Home \| World/);
    },
  );

  it(
    'when an article comes on standard input with --url and --published, ' + 'then it is ingested like a file',
    async () => {
      const out = runCli(
        ['ingest', '-', '--url', url('stdin'), '--published', '2026-03-09', '--lang', 'en'],
        sentence('Stdin'),
      );
      expect(out.status, out.stderr).toBe(0);
      expect(await saidBy('Stdin')).toMatchObject([{ url: url('stdin'), published: '2026-03-09' }]);
    },
  );

  it('when the same folder is ingested again, then nothing changes', () => {
    const out = runCli(['ingest', dir]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('Ingested 5 documents (0 new, 0 replaced, 5 unchanged)');
  });
});
