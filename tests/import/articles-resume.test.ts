import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { articlesFormat } from '../../src/import/articles-format.ts';
import type { ImportCheckpoint } from '../../src/import/import-checkpoint.ts';
import { importLines, type ImportSummary } from '../../src/import/import-lines.ts';
import { type GraphSnapshot, graphSnapshot } from '../support/graph-snapshot.ts';
import { runCli } from '../support/run-cli.ts';
import { stoppingFormat } from '../support/stopping-format.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Article tables written for this test (invented outlet, people and words): a CSV whose text fields hold
// line breaks, then JSON lines. One uninterrupted import gives the graph to compare with; then the same
// files are imported by a run that stops in the CSV, one that goes on and stops in the JSON lines, and the
// real command, which goes on to the end.
describe('quotegraph import articles, stopped and resumed', () => {
  const scope = testScope('articles-resume');
  const tag = `Resa${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-articles-resume-'));
  const csv = path.join(tmp, 'archive.csv');
  const jsonl = path.join(tmp, 'archive.jsonl');
  const statePath = path.join(tmp, 'state.json');
  let db: Database;
  let uninterrupted: { summary: ImportSummary; graph: GraphSnapshot };

  const cell = (s: string) => `"${s.replaceAll('"', '""')}"`;
  const text = (said: string) => `Invented text, written for a quotegraph test.\n\n${said}`;
  const row = (n: number, title: string, day: string, body: string) =>
    [`${prefix}${n}`, cell(title), `2031-06-${day}`, `${tag} Courier`, 'en', body ? cell(body) : ''].join(',');
  // the record on line 10 spans lines 10-12: a checkpoint after it must name line 10, where it starts
  const csvLines = [
    'url,title,published,outlet,lang,text',
    row(1, `${tag} opens the pier`, '01', text(`"The pier opens in June," Mayor Ruth ${tag} said.`)), // 2-4
    row(2, `${tag} says "no", then "yes"`, '02', `"We said no, then yes," Otto ${tag}son said.`), // 5
    row(3, `${tag} on tolls`, '03', text(`"Tolls stay low," Ruth ${tag} said, "for now."`)), // 6-8
    row(4, 'No text here', '04', ''), // 9: bad
    row(5, `${tag} on ferries`, '05', text(`"The ferry runs all winter," Otto ${tag}son said.`)), // 10-12
    row(6, `${tag} on the bridge`, '06', text(`"The bridge stays shut until May," Ruth ${tag} said.`)), // 13-15
    row(7, `${tag} on the market`, '07', `"The market moves to the square," Otto ${tag}son said.`), // 16
  ];
  const article = (n: number, day: string, said: string) =>
    JSON.stringify({
      url: `${prefix}${n}`,
      title: `${tag} ${n}`,
      publishedAt: `2031-06-${day}`,
      outlet: `${tag} Courier`,
      lang: 'en',
      text: text(said),
    });
  const jsonLines = [
    article(11, '11', `"The school reopens on Monday," Ruth ${tag} said.`), // 1
    article(12, '12', `"Buses run every ten minutes," Otto ${tag}son said.`), // 2
    '{"url": "not closed', // 3: bad
    article(13, '13', `"The library keeps its hours," Ruth ${tag} said.`), // 4
    article(14, '14', `"Nobody asked about the pool," Otto ${tag}son said.`), // 5
    article(15, '15', `"The harbour wall holds," Ruth ${tag} said.`), // 6
  ];
  writeFileSync(csv, `${csvLines.join('\r\n')}\r\n`);
  writeFileSync(jsonl, `${jsonLines.join('\n')}\n`);
  const files = [csv, jsonl];

  const urls = async () =>
    (await db.raw('MATCH (d:Document) WHERE d.url STARTS WITH $p RETURN d.url AS url ORDER BY url', { p: prefix })).map(
      (r) => (r.url as string).slice(prefix.length),
    );
  const snapshot = async () => {
    const docs = await db.raw('MATCH (d:Document) WHERE d.url STARTS WITH $p RETURN d.id AS id', { p: prefix });
    return graphSnapshot(
      db,
      docs.map((d) => d.id as string),
    );
  };
  const takeOut = async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: prefix },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
  };
  const checkpoint = () => JSON.parse(readFileSync(statePath, 'utf8')) as ImportCheckpoint;

  beforeAll(async () => {
    db = await openTestDatabase();
    // the graph of one uninterrupted import (in batches of the format's own size), then taken out again
    const summary = await importLines(db, files, articlesFormat(), { batchSize: 50 });
    uninterrupted = { summary, graph: await snapshot() };
    await takeOut();
  });
  afterAll(async () => {
    await takeOut();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when the uninterrupted import ran, then it wrote every good record and named both bad lines', async () => {
    const { summary, graph } = uninterrupted;
    expect([summary.records, summary.bad]).toEqual([11, 2]);
    expect(summary.badLines.map((b) => [b.file, b.line])).toEqual([
      [csv, 9],
      [jsonl, 3],
    ]);
    expect(summary.counts).toMatchObject({ created: 11, failed: 0 });
    expect(graph.nodes).toBeGreaterThan(11 + 11 + 2);
    expect(await urls()).toEqual([]);
  });

  it('when an import stops in the CSV, then the checkpoint names the line its last record starts on', async () => {
    const run = stoppingFormat(articlesFormat(), 3);
    await expect(importLines(db, files, run, { batchSize: 2, statePath })).rejects.toThrow('stopped on purpose');
    // two batches committed (records from lines 2, 5 and 6, 10); the third (13, 16) was not
    expect(run.parsed).toEqual([2, 5, 6, 9, 10, 13, 16]);
    expect(await urls()).toEqual(['1', '2', '3', '5']);
    expect(checkpoint()).toMatchObject({ fileIndex: 0, line: 10, counts: { created: 4, bad: 1 } });
    expect(checkpoint().badLines).toEqual([expect.objectContaining({ file: csv, line: 9 })]);
  });

  it('when it runs again, then it reads on after that line, not from the start, up to a stop in the JSON', async () => {
    const run = stoppingFormat(articlesFormat(), 3);
    await expect(importLines(db, files, run, { batchSize: 2, statePath })).rejects.toThrow('stopped on purpose');
    // the rest of the record that starts on line 10 is not read as records of its own
    expect(run.parsed).toEqual([13, 16, 1, 2, 3, 4, 5]);
    expect(await urls()).toEqual(['1', '11', '12', '2', '3', '5', '6', '7']);
    expect(checkpoint()).toMatchObject({ fileIndex: 1, line: 2, counts: { created: 8, bad: 1 } });
  });

  it('when the command runs a third time, then it ends the import: the graph of one run, no checkpoint', async () => {
    const r = runCli(['import', 'articles', ...files, '--state', statePath, '--batch', '2', '--json']);
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout) as ImportSummary;
    expect(s.resumedFrom).toEqual({ file: jsonl, line: 2 });
    // lines 3-6 of the JSON lines: the bad one again, and three records
    expect([s.lines, s.records]).toEqual([4, 3]);
    // over the three runs: what the uninterrupted import counted and named
    expect([s.bad, s.badLines]).toEqual([uninterrupted.summary.bad, uninterrupted.summary.badLines]);
    expect(s.counts).toEqual(uninterrupted.summary.counts);
    expect(existsSync(statePath)).toBe(false);
    expect(await snapshot()).toEqual(uninterrupted.graph);
  });
});
