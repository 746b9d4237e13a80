import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quotebankLines } from '../../bench/corpus/quotebank.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { importLines, type LineFormat } from '../../src/import/import-lines.ts';
import { quotebankFormat } from '../../src/import/quotebank-format.ts';
import type { QuotebankRecord } from '../../src/import/quotebank-record.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { runCli } from '../support/run-cli.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// tests/fixtures/quotebank/edge-cases.jsonl: hand-written records (invented speakers, outlets and words) with
// every edge case the reader knows, TAG replaced by a name unique to this run; then generated records
// (bench/corpus/quotebank.ts), plain, gzip and bzip2, an interrupted import and its resumption.
describe('quotegraph import quotebank', () => {
  const scope = testScope('quotebank');
  const tag = `Qb${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const host = tag.toLowerCase();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-quotebank-'));
  let db: Database;
  let api: RunningApi;

  const edgeFile = path.join(tmp, 'edge-cases.jsonl');
  writeFileSync(
    edgeFile,
    readFileSync(new URL('../fixtures/quotebank/edge-cases.jsonl', import.meta.url), 'utf8')
      .replaceAll('tag-', `${host}-`)
      .replaceAll('TAG', tag),
  );
  const state = path.join(tmp, 'state.json');
  const importCli = (...args: string[]) => {
    const r = runCli(['import', 'quotebank', '--state', state, ...args]);
    expect(r.status, r.stderr).toBe(0);
    return r;
  };

  const QUOTES = `query($id: ID) { quotes(filter: { speakerId: $id }, first: 50) { totalCount edges { node {
    text said { edtf } saidBasis knownSince speaker { name } attribution { method confidence }
    speakerCandidates { name probability }
    sources { extractor attributionMethod start excerpt document { url outlet text importedFrom knownSince } } } } } }`;
  type Quotes = {
    quotes: {
      totalCount: number;
      edges: {
        node: {
          text: string;
          said: { edtf: string } | null;
          saidBasis: string | null;
          knownSince: string;
          speaker: { name: string } | null;
          attribution: { method: string; confidence: number } | null;
          speakerCandidates: { name: string; probability: number }[];
          sources: {
            extractor: string;
            attributionMethod: string | null;
            start: number | null;
            excerpt: string | null;
            document: { url: string; outlet: string; text: string; importedFrom: string | null; knownSince: string };
          }[];
        };
      }[];
    };
  };
  const quotesOf = async (speakerId: string) => dataOf((await graphql(api, QUOTES, { id: speakerId })).body) as Quotes;
  /** what the run's urls hang together with: stubs, their quotes and the quotes' speakers */
  const graphOf = async (hostPart: string) => {
    const [row] = await db.raw(
      `MATCH (d:Document) WHERE d.url CONTAINS $h
       OPTIONAL MATCH (d)<-[s:SOURCED_FROM]-(q:Quote)
       OPTIONAL MATCH (q)<-[said:SAID]-(p:Entity)
       RETURN count(DISTINCT d) AS docs, count(DISTINCT q) AS quotes, count(DISTINCT s) AS sources,
              count(DISTINCT p) AS speakers, count(DISTINCT said) AS said,
              apoc.util.md5(collect(DISTINCT q.id + toString(q.knownSince) + toString(q.sourceCount))) AS sum`,
      { h: hostPart },
    );
    return row!;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await db.raw(
      `MATCH (d:Document) WHERE d.url CONTAINS $h
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(q:Quote) OPTIONAL MATCH (q)<-[:SAID]-(p:Entity)
       DETACH DELETE d, q, p`,
      { h: host },
    );
    await db.raw('MATCH (p:Entity) WHERE p.name CONTAINS $t DETACH DELETE p', { t: tag });
    await api?.stop();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when the hand-written records are imported, then good ones land and each bad line is named', () => {
    const r = importCli(edgeFile);
    expect(r.stdout).toContain('quotebank: 6 records imported from 13 lines');
    expect(r.stdout).toContain('6 bad lines skipped');
    for (const [line, reason] of [
      [6, 'not JSON'],
      [7, 'no quotation'],
      [8, 'date "2020-13-45 00:00:00" is not a day'],
      [9, 'urls is not a list'],
      [10, 'no http(s) url'],
      [12, 'probas: "1.7" is not a probability'],
    ] as const)
      expect(r.stderr).toContain(`${edgeFile}:${line}: skipped: ${reason}`);
  });

  it('when a speaker clears the threshold, then the quotes are theirs, dated the earliest day', async () => {
    const mara = await quotesOf(`person:mara-${host}vale`);
    expect(mara.quotes.totalCount).toBe(2);
    const harbour = mara.quotes.edges.find((e) => e.node.text.startsWith('The harbour'))!.node;
    // the same words seen again earlier elsewhere: one quote, three sources, known from the earlier day
    expect(harbour.said).toEqual({ edtf: '2020-02-28' });
    expect(harbour.saidBasis).toBe('PUBLICATION');
    expect(harbour.knownSince).toBe('2020-02-28');
    expect(harbour.attribution).toEqual({ method: 'IMPORTED', confidence: 0.8123 });
    expect(harbour.speakerCandidates[0]).toEqual({ name: `Mara ${tag}vale`, probability: 0.8123 });
    expect(harbour.sources.map((s) => s.document.outlet).sort()).toEqual(
      [`${host}-coast-daily.example`, `${host}-harbour-post.example`, `${host}-island-radio.example`].sort(),
    );
    for (const s of harbour.sources) {
      expect(s.extractor).toMatch(/^quotebank@/);
      expect(s.attributionMethod).toBe('IMPORTED');
      expect([s.start, s.excerpt, s.document.text, s.document.importedFrom]).toEqual([null, null, '', 'quotebank']);
    }
  });

  it('when the speaker is "None" or below the threshold, then nobody said it and the candidates stay', async () => {
    const rows = await db.raw(
      `MATCH (q:Quote)-[:SOURCED_FROM]->(d:Document) WHERE d.url CONTAINS $h AND NOT (q)<-[:SAID]-()
       RETURN DISTINCT q.text AS text, q.speakerCandidates AS names, q.speakerProbabilities AS ps ORDER BY text`,
      { h: host },
    );
    expect(rows.map((r) => r.text)).toEqual([
      `Nobody in this room ${tag} believed the figures.`,
      `We will look at ${tag} every option on the table.`,
    ]);
    expect(rows[1]!.names).toEqual([`Otto ${tag}brink`, `Mara ${tag}vale`, 'None']);
    expect(rows[1]!.ps).toEqual([0.42, 0.31, 0.27]);
    // the tie at the threshold (0.5) is the speaker's: "reaches the threshold"
    const otto = await quotesOf(`person:otto-${host}brink`);
    expect(otto.quotes.edges.map((e) => e.node.text)).toEqual([
      `Ça ira — we said “yes” ${tag} to the ferry 🚢, not to the bridge.`,
    ]);
    const [ent] = await db.raw('MATCH (p:Person {id: $id}) RETURN p.importedQids AS qids, labels(p) AS labels', {
      id: `person:otto-${host}brink`,
    });
    expect(ent!.qids).toEqual(['Q99000002', 'Q99000003']);
  });

  it('when the same file is imported again, then nothing changes', async () => {
    const before = await graphOf(host);
    expect(before).toMatchObject({ docs: 6, quotes: 5, sources: 7, speakers: 2, said: 3 });
    importCli(edgeFile);
    expect(await graphOf(host)).toEqual(before);
  });

  it('when an article is ingested from a stub url, then the stub becomes the article and keeps its quote', async () => {
    const url = `https://${host}-coast-daily.example/news/2`;
    await ingestDocument(db, {
      meta: { source: url, url, title: `${tag} daily`, outlet: `${tag} Daily`, publishedAt: '2020-03-03', lang: 'en' },
      body:
        'Invented text, written for a quotegraph test.\n\n' +
        `“Nobody in this room ${tag} believed the figures,” said Lena ${tag}berg, the mayor.`,
    });
    const [d] = await db.raw(
      `MATCH (d:Document {url: $url})<-[:SOURCED_FROM]-(q:Quote)
       RETURN d.stub AS stub, d.importedFrom AS importedFrom, d.text <> '' AS hasText, count(q) AS quotes,
              collect(q.sourceCount) AS counts`,
      { url },
    );
    // the imported quote stays beside what the extractor found, each counting the document once
    expect(d).toMatchObject({ stub: null, importedFrom: null, hasText: true });
    expect(d!.quotes).toBeGreaterThanOrEqual(1);
    expect(new Set(d!.counts as number[])).toEqual(new Set([1]));
  });

  it('when batches that share stubs, speakers and quotes are written at once, then no update is lost', async () => {
    // 240 records in batches of 10, four in flight: 6 urls, 3 speakers and 30 quotations shared across
    // batches, each record a day earlier than the one before and a Wikidata id of its own
    const names = ['A', 'B', 'C'].map((l) => `Crowd${l} ${tag}`);
    const urls = [...Array(6).keys()].map((i) => `https://${host}crowd.example/${i}`);
    const records = [...Array(240).keys()].map((i) => {
      const k = i % 30;
      return {
        quoteID: `crowd-${i}`,
        quotation: `Crowd words number ${k} from ${tag}.`,
        speaker: names[k % 3]!,
        qids: [`Q91${i % 7}${k % 3}`],
        date: `2020-06-${String(28 - Math.floor(i / 10)).padStart(2, '0')} 00:00:00`,
        numOccurrences: 1,
        probas: [[names[k % 3]!, '0.9']],
        urls: [urls[i % 6]!, urls[(i + 1) % 6]!],
        phase: 'E',
      };
    });
    const file = path.join(tmp, 'crowd.jsonl');
    writeFileSync(file, `${records.map((r) => JSON.stringify(r)).join('\n')}\n`);
    await importLines(db, [file], quotebankFormat(), { batchSize: 10, concurrency: 4 });

    const day = (r: (typeof records)[number]) => r.date.slice(0, 10);
    const min = (days: string[]) => [...days].sort()[0]!;
    const urlSince = new Map(urls.map((u) => [u, min(records.filter((r) => r.urls.includes(u)).map(day))]));
    const expected = {
      stubs: urls.map((u) => ({ url: u, since: urlSince.get(u) })),
      quotes: [...Array(30).keys()].map((k) => {
        const mine = records.filter((r) => r.quotation.startsWith(`Crowd words number ${k} `));
        return {
          text: mine[0]!.quotation,
          earliest: min(mine.map(day)),
          since: min(mine.flatMap((r) => r.urls.map((u) => urlSince.get(u)!))),
          sources: new Set(mine.flatMap((r) => r.urls)).size,
        };
      }),
      speakers: names.map((n) => ({
        name: n,
        qids: [...new Set(records.filter((r) => r.speaker === n).flatMap((r) => r.qids))].sort(),
      })),
    };
    const stubs = await db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $p RETURN d.url AS url, toString(d.knownSince) AS since ORDER BY url`,
      { p: `https://${host}crowd.example/` },
    );
    const quotes = await db.raw(
      `MATCH (q:Quote) WHERE q.text STARTS WITH 'Crowd words number ' AND q.text ENDS WITH $t
       RETURN q.text AS text, toString(q.earliest) AS earliest, toString(q.knownSince) AS since,
              q.sourceCount AS sources ORDER BY toInteger(split(q.text, ' ')[3])`,
      { t: `from ${tag}.` },
    );
    const speakers = await db.raw(
      `MATCH (p:Entity) WHERE p.name IN $names
       RETURN p.name AS name, apoc.coll.sort(p.importedQids) AS qids ORDER BY name`,
      { names },
    );
    expect({ stubs, quotes, speakers }).toEqual(expected);
  });

  describe('generated files', () => {
    const lines = [...quotebankLines({ records: 300, seed: 11, tag: `${tag}g` })];
    const genHost = `${host}gnews`;
    const plain = path.join(tmp, 'generated.jsonl');
    writeFileSync(plain, `${lines.join('\n')}\n`);
    const gz = path.join(tmp, 'generated-gz.jsonl.gz');
    writeFileSync(gz, gzipSync(`${lines.slice(0, 100).join('\n')}\n`));
    const bz2 = path.join(tmp, 'generated-bz.jsonl.bz2');
    const bz = spawnSync('bzip2', ['-c'], { input: `${lines.slice(100, 200).join('\n')}\n` });

    it('when an import stops after some batches, then the next run goes on from its checkpoint', async () => {
      const format = quotebankFormat();
      let batches = 0;
      const failing: LineFormat<QuotebankRecord> = {
        ...format,
        async write(d, records) {
          if (++batches === 4) throw new Error('stopped on purpose');
          return format.write(d, records);
        },
      };
      const resumeState = path.join(tmp, 'resume.json');
      await expect(importLines(db, [plain], failing, { batchSize: 50, statePath: resumeState })).rejects.toThrow(
        'stopped on purpose',
      );
      const partway = await graphOf(genHost);
      expect(partway.quotes).toBeGreaterThan(0);
      const s = await importLines(db, [plain], format, { batchSize: 50, statePath: resumeState });
      expect(s.resumedFrom).toEqual({ file: plain, line: 150 });
      expect(s.records).toBe(150);
      expect(s.counts.quotes).toBe(300);
      const resumed = await graphOf(genHost);
      // the same graph as one uninterrupted import: importing again over it changes nothing
      importCli(plain, '--batch', '70');
      expect(await graphOf(genHost)).toEqual(resumed);
    });

    it('when the records come gzip- and bzip2-compressed, then they read as the plain file does', async (ctx) => {
      if (bz.error) ctx.skip();
      writeFileSync(bz2, bz.stdout);
      const before = await graphOf(genHost);
      const r = importCli(gz, bz2, '--json');
      const s = JSON.parse(r.stdout) as { records: number; bad: number };
      expect([s.records, s.bad]).toEqual([200, 0]);
      expect(await graphOf(genHost)).toEqual(before);
    });
  });
});
