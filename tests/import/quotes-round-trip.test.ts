import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { runCli } from '../support/run-cli.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Two invented articles (written for this test) by an invented minister; her quotes are exported as NDJSON,
// taken out of the graph, imported back from the file, and exported again: the same lines.
describe('quotegraph import quotes (the NDJSON round trip)', () => {
  const scope = testScope('round-trip');
  const tag = `Trip${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-round-trip-'));
  const file = path.join(tmp, 'quotes.ndjson');
  let db: Database;
  let speakerId = '';
  const article = (n: number, publishedAt: string, body: string) => ({
    meta: { source: prefix + n, title: `${tag} ${n}`, url: prefix + n, outlet: `${tag} Post`, publishedAt, lang: 'en' },
    body: `Invented text, written for a quotegraph test.\n\n${body}`,
  });
  const exportLines = () => {
    const r = runCli(['export', '--format', 'ndjson', '--entity', speakerId]);
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };
  const importFile = (...args: string[]) => {
    const r = runCli(['import', 'quotes', '--state', path.join(tmp, 'state.json'), ...args]);
    expect(r.status, r.stderr).toBe(0);
    return r;
  };
  const takeOut = () =>
    db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
       OPTIONAL MATCH (f)<-[:SAID]-(e:Entity) DETACH DELETE d, f, e`,
      { p: prefix },
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    await ingestDocument(
      db,
      article(1, '2032-03-05', `"The harbour opens in spring," Minister Alma ${tag} said on 3 March 2032.`),
    );
    await ingestDocument(
      db,
      article(
        2,
        '2032-04-10',
        `"The harbour opens in spring," Minister Alma ${tag} said. "We will build a second pier," ${tag} said.`,
      ),
    );
    const [row] = await db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: `Alma ${tag}` });
    speakerId = row!.id as string;
  });
  afterAll(async () => {
    await takeOut();
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when the export is imported into a graph without it, then exporting again gives the same lines', async () => {
    const first = exportLines();
    expect(first.trim().split('\n')).toHaveLength(2);
    writeFileSync(file, first);
    await takeOut();
    expect((await db.raw('MATCH (p:Person {id: $id}) RETURN p', { id: speakerId })).length).toBe(0);
    const r = importFile(file);
    expect(r.stdout).toContain('quotes: 2 records imported from 2 lines');
    expect(exportLines()).toBe(first);
    // the documents came back as stubs: their metadata, no text
    const docs = await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p RETURN d.importedFrom AS from, d.text AS text, d.title AS title',
      { p: prefix },
    );
    expect(docs.map((d) => [d.from, d.text])).toEqual([
      ['quotes', ''],
      ['quotes', ''],
    ]);
  });

  it('when the file is imported again, then nothing changes; a bad line is named and skipped', () => {
    const before = exportLines();
    writeFileSync(file, `${before}{"id": "quote:nothex", "text": "x"}\n`);
    const r = importFile(file);
    expect(r.stderr).toContain(`${file}:3: skipped: id is not a quote id`);
    expect(exportLines()).toBe(before);
  });
});
