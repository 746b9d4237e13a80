import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { QuoteLine } from '../../src/export/quotes-ndjson.ts';
import type { ImportCheckpoint } from '../../src/import/import-checkpoint.ts';
import { importLines, type ImportSummary } from '../../src/import/import-lines.ts';
import { quotesNdjsonFormat } from '../../src/import/quotes-ndjson-format.ts';
import { type GraphSnapshot, graphSnapshot } from '../support/graph-snapshot.ts';
import { runCli } from '../support/run-cli.ts';
import { stoppingFormat } from '../support/stopping-format.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Quotes as `export --format ndjson` writes them, written for this test (invented people, outlet and
// words): one uninterrupted import gives the graph to compare with; then a run stops after two batches and
// the real command goes on from its checkpoint. A document of the first batch is known earlier from a line
// after the stop, so the stub's knownSince (and its quotes') must move back across the resumption.
describe('quotegraph import quotes, stopped and resumed', () => {
  const scope = testScope('quotes-resume');
  const tag = `Resq${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const host = tag.toLowerCase();
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-quotes-resume-'));
  const file = path.join(tmp, 'quotes.ndjson');
  const statePath = path.join(tmp, 'state.json');
  let db: Database;
  let uninterrupted: { summary: ImportSummary; graph: GraphSnapshot };

  const hex = (s: string, n: number) => createHash('sha256').update(`${scope}|${s}`).digest('hex').slice(0, n);
  const docId = (n: number) => `doc:${hex(`doc${n}`, 20)}`;
  const alma = { id: `person:alma-${host}`, name: `Alma ${tag}`, wikidataId: null };
  const bo = { id: `person:bo-${host}`, name: `Bo ${tag}`, wikidataId: null };
  const source = (n: number, publishedAt: string | null, excerpt: string) => ({
    documentId: docId(n),
    url: `${prefix}${n}`,
    outlet: `${tag} Post`,
    title: `${tag} ${n}`,
    publishedAt,
    start: 47,
    end: 47 + excerpt.length,
    excerpt,
    cue: 'said',
    confidence: 0.9,
    extractor: 'quotegraph-extract/0.2.0',
  });
  const quote = (
    n: number,
    speaker: QuoteLine['speaker'],
    edtf: string,
    knownSince: string,
    sources: (text: string) => QuoteLine['sources'],
  ): string => {
    const text = `Invented words ${n} of ${tag}: the harbour opens in spring,`;
    const month = edtf.length === 7;
    const line: QuoteLine = {
      id: `quote:${hex(`quote${n}`, 16)}`,
      text,
      lang: 'en',
      speaker,
      speakerDescription: speaker ? null : 'a harbour pilot',
      said: {
        edtf,
        earliest: month ? `${edtf}-01` : edtf,
        latest: month ? `${edtf}-31` : edtf,
        precision: month ? 'month' : 'day',
      },
      saidBasis: 'text',
      eventId: null,
      knownSince,
      sources: sources(text),
    };
    return JSON.stringify(line);
  };
  // documents 1 and 3 have no publication date: their stubs are known from their quotes' earliest day
  const lines = [
    quote(1, alma, '2034-03-08', '2034-03-10', (t) => [source(1, null, t)]), // 1
    quote(2, bo, '2034-03-04', '2034-03-05', (t) => [source(2, '2034-03-05', t), source(1, null, t)]), // 2
    '{"id": "quote:nothex", "text": "not a quote id"}', // 3: bad
    quote(3, alma, '2034-03-05', '2034-03-05', (t) => [source(2, '2034-03-05', t)]), // 4
    quote(4, null, '2034-03-11', '2034-03-12', (t) => [source(3, null, t)]), // 5: the checkpoint after two batches
    quote(5, alma, '2034-02-28', '2034-03-01', (t) => [source(1, null, t)]), // 6: document 1 known earlier
    quote(6, bo, '2034-03-11', '2034-03-12', (t) => [source(3, null, t)]), // 7
    quote(7, alma, '2034-03', '2034-03-12', (t) => [source(3, null, t)]), // 8
    quote(8, bo, '2034-03-05', '2034-03-05', (t) => [source(2, '2034-03-05', t), source(3, null, t)]), // 9
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);

  const snapshot = () =>
    graphSnapshot(
      db,
      [1, 2, 3].map((n) => docId(n)),
    );
  const knownSince = async () =>
    db.raw(
      `MATCH (d:Document {id: $id}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(q:Quote)
       RETURN toString(d.knownSince) AS doc, apoc.coll.sort(collect(toString(q.knownSince))) AS quotes`,
      { id: docId(1) },
    );
  const takeOut = async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: prefix },
    );
    await db.raw('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: [alma.id, bo.id] });
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    // the graph of one uninterrupted import (one batch), then taken out again
    const summary = await importLines(db, [file], quotesNdjsonFormat(), { batchSize: 1000 });
    uninterrupted = { summary, graph: await snapshot() };
    await takeOut();
  });
  afterAll(async () => {
    await takeOut();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when the uninterrupted import ran, then it wrote eight quotes by two speakers on three stubs', () => {
    const { summary, graph } = uninterrupted;
    expect([summary.records, summary.bad]).toEqual([8, 1]);
    expect(summary.counts).toEqual({ quotes: 8, attributed: 7 });
    // 3 stubs, 8 quotes, 2 speakers; 10 sources, 7 SAID and 7 timeline entries
    expect([graph.nodes, graph.relationships]).toEqual([13, 24]);
    expect(graph.lines.filter((l) => l.startsWith('Document '))).toHaveLength(3);
  });

  it('when an import stops after two batches, then they are in the graph, the checkpoint after them', async () => {
    const run = stoppingFormat(quotesNdjsonFormat(), 3);
    await expect(importLines(db, [file], run, { batchSize: 2, statePath })).rejects.toThrow('stopped on purpose');
    expect(run.parsed).toEqual([1, 2, 3, 4, 5, 6, 7]);
    const [{ quotes }] = (await db.raw(
      'MATCH (q:Quote)-[:SOURCED_FROM]->(d:Document) WHERE d.url STARTS WITH $p RETURN count(DISTINCT q) AS quotes',
      { p: prefix },
    )) as [{ quotes: number }];
    expect(quotes).toBe(4);
    const state = JSON.parse(readFileSync(statePath, 'utf8')) as ImportCheckpoint;
    expect(state).toMatchObject({ fileIndex: 0, line: 5, counts: { quotes: 4, attributed: 3, bad: 1 } });
    expect(await knownSince()).toEqual([{ doc: '2034-03-05', quotes: ['2034-03-05', '2034-03-05'] }]);
  });

  it('when the command runs again, then it goes on after line 5 and ends with the graph of one run', async () => {
    const r = runCli(['import', 'quotes', file, '--state', statePath, '--batch', '2']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(`Went on from ${file} after line 5 (${statePath}).`);
    // lines 6-9 only; the bad line read by the first run is still named
    expect(r.stdout).toContain('quotes: 4 records imported from 4 lines');
    expect(r.stdout).toContain('1 bad lines skipped); in all 8 quotes, 7 attributed.');
    expect(r.stderr).toContain(`${file}:3: skipped: id is not a quote id`);
    expect(existsSync(statePath)).toBe(false);
    // the stub written before the stop is known from the day a line after it gives, and so are its quotes
    expect(await knownSince()).toEqual([{ doc: '2034-03-01', quotes: ['2034-03-01', '2034-03-01', '2034-03-01'] }]);
    expect(await snapshot()).toEqual(uninterrupted.graph);
  });
});
