import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gdeltLines } from '../../bench/corpus/gdelt.ts';
import type { Database } from '../../src/db/database.ts';
import { gdeltFormat } from '../../src/import/gdelt-format.ts';
import type { GdeltRecord } from '../../src/import/gdelt-record.ts';
import { importLines, type LineFormat } from '../../src/import/import-lines.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { runCli } from '../support/run-cli.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// tests/fixtures/gdelt/edge-cases.jsonl: hand-written GDELT Global Quotation Graph records (invented
// speakers, outlets and words) with every edge case the reader knows, TAG replaced by a name unique to
// this run; then generated records (bench/corpus/gdelt.ts), plain and gzip, an interrupted import and
// its resumption, and importing again.
describe('quotegraph import gdelt', () => {
  const scope = testScope('gdelt');
  const tag = `Gd${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const host = tag.toLowerCase();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-gdelt-'));
  let db: Database;
  let api: RunningApi;

  const edgeFile = path.join(tmp, 'edge-cases.jsonl');
  writeFileSync(
    edgeFile,
    readFileSync(new URL('../fixtures/gdelt/edge-cases.jsonl', import.meta.url), 'utf8')
      .replaceAll('tag-', `${host}-`)
      .replaceAll('TAG', tag),
  );
  const state = path.join(tmp, 'state.json');
  const importCli = (...args: string[]) => {
    const r = runCli(['import', 'gdelt', '--state', state, ...args]);
    expect(r.status, r.stderr).toBe(0);
    return r;
  };

  const QUOTES = `query($id: ID) { quotes(filter: { speakerId: $id }, first: 50) { totalCount edges { node {
    text said { edtf } saidBasis knownSince speaker { name } attribution { method confidence }
    sources { extractor attributionMethod cue start excerpt
      document { url outlet title lang publishedAt text importedFrom knownSince } } } } } }`;
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
          sources: {
            extractor: string;
            attributionMethod: string | null;
            cue: string | null;
            start: number | null;
            excerpt: string | null;
            document: {
              url: string;
              outlet: string;
              title: string | null;
              lang: string | null;
              publishedAt: string | null;
              text: string;
              importedFrom: string | null;
              knownSince: string;
            };
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
              apoc.util.md5(collect(DISTINCT q.id + toString(q.knownSince) + toString(q.sourceCount)
                + coalesce(q.edtf, '') + coalesce(q.unattributedReason, '') + coalesce(s.excerpt, ''))) AS sum`,
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
    await db.raw('MATCH (p:Entity) WHERE toLower(p.name) CONTAINS $t DETACH DELETE p', { t: host });
    await api?.stop();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('when the hand-written records are imported, then good ones land and each bad line is named', () => {
    const r = importCli(edgeFile);
    expect(r.stdout).toContain('gdelt: 7 records imported from 13 lines');
    expect(r.stdout).toContain('5 bad lines skipped');
    expect(r.stdout).toContain('in all 6 quotes, 3 attributed, 2 unsupported, 1 empty.');
    for (const [line, reason] of [
      [6, 'not JSON'],
      [7, 'quotes is not a list'],
      [8, 'no quote with words'],
      [9, 'date "2020-13-45T00:00:00Z" is not a day'],
      [10, `url "ftp://${host}-coast-daily.example/news/10" is not an http(s) url`],
    ] as const)
      expect(r.stderr).toContain(`${edgeFile}:${line}: skipped: ${reason}`);
  });

  it('when the speaker is named before the quote, then it is theirs, dated by the context', async () => {
    const mara = await quotesOf(`person:mara-${host}vale`);
    expect(mara.quotes.totalCount).toBe(2);
    const harbour = mara.quotes.edges.find((e) => e.node.text.startsWith('The '))!.node;
    // "on Tuesday" before 2020-03-05 (a Thursday)
    expect([harbour.said, harbour.saidBasis, harbour.knownSince]).toEqual([
      { edtf: '2020-03-03' },
      'TEXT',
      '2020-03-05',
    ]);
    expect(harbour.attribution).toEqual({ method: 'VERB_BEFORE_QUOTE', confidence: 0.9 });
    const [s] = harbour.sources;
    expect(s).toMatchObject({
      extractor: expect.stringMatching(/^gdelt@/),
      attributionMethod: 'VERB_BEFORE_QUOTE',
      cue: `Mara ${tag}vale, said`,
      start: null,
      excerpt:
        `The mayor, Mara ${tag}vale, said on Tuesday: “The ${tag} harbour will open before the summer.” ` +
        'The council has not voted yet.',
    });
    expect(s!.document).toEqual({
      url: `https://www.${host}-harbour-post.example/2020/03/05/harbour`,
      outlet: `${host}-harbour-post.example`,
      title: `${tag} harbour plans`,
      lang: 'en',
      publishedAt: '2020-03-05',
      text: '',
      importedFrom: 'gdelt',
      knownSince: '2020-03-05',
    });
    const german = mara.quotes.edges.find((e) => e.node.text.startsWith('Der '))!.node;
    expect([german.saidBasis, german.sources[0]!.document.lang]).toEqual(['PUBLICATION', 'de']);
  });

  it('when two articles name the speaker after the same quote, then one quote has both, the earlier day', async () => {
    const otto = await quotesOf(`person:otto-${host}brink`);
    expect(otto.quotes.totalCount).toBe(1);
    const q = otto.quotes.edges[0]!.node;
    expect([q.said, q.saidBasis, q.knownSince]).toEqual([{ edtf: '2020-03-04' }, 'PUBLICATION', '2020-03-04']);
    expect(q.sources.map((s) => [s.document.outlet, s.attributionMethod]).sort()).toEqual([
      [`${host}-coast-daily.example`, 'VERB_AFTER_QUOTE'],
      [`${host}-island-radio.example`, 'VERB_AFTER_QUOTE'],
    ]);
  });

  it('when nobody is named or the language has no rules, then the quote stays unattributed, marked apart', async () => {
    const rows = await db.raw(
      `MATCH (q:Quote)-[s:SOURCED_FROM]->(d:Document) WHERE d.url CONTAINS $h AND NOT (q)<-[:SAID]-()
       RETURN q.text AS text, q.lang AS lang, q.unattributedReason AS reason, s.method AS method,
              s.confidence AS confidence, d.lang AS docLang ORDER BY coalesce(d.lang, 'a') DESC`,
      { h: host },
    );
    expect(rows).toEqual([
      {
        text: `Le port ${tag} ouvrira avant l'été.`,
        lang: 'fr',
        reason: 'unsupported-language',
        method: null,
        confidence: null,
        docLang: 'fr',
      },
      { text: `No ${tag} bridge`, lang: 'en', reason: null, method: 'none', confidence: 0, docLang: 'en' },
      {
        text: `${tag} sodri kelum`,
        lang: null,
        reason: 'unsupported-language',
        method: null,
        confidence: null,
        docLang: null,
      },
    ]);
  });

  it('when the same file is imported again, then nothing changes', async () => {
    const before = await graphOf(host);
    expect(before).toMatchObject({ docs: 7, quotes: 6, sources: 7, speakers: 2, said: 3 });
    importCli(edgeFile);
    expect(await graphOf(host)).toEqual(before);
  });

  describe('generated files', () => {
    const lines = [...gdeltLines({ records: 200, seed: 11, tag: `${tag}g` })];
    const genHost = `${host}gnews`;
    const plain = path.join(tmp, 'generated.jsonl');
    writeFileSync(plain, `${lines.join('\n')}\n`);
    const gz = path.join(tmp, 'generated-gz.jsonl.gz');
    writeFileSync(gz, gzipSync(`${lines.slice(0, 100).join('\n')}\n`));

    it('when an import stops after some batches, then the next run goes on from its checkpoint', async () => {
      const format = gdeltFormat();
      let batches = 0;
      const failing: LineFormat<GdeltRecord> = {
        ...format,
        async write(d, records) {
          if (++batches === 3) throw new Error('stopped on purpose');
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
      expect(s.resumedFrom).toEqual({ file: plain, line: 100 });
      expect(s.records).toBe(100);
      expect(s.counts.attributed).toBeGreaterThan(s.counts.quotes! / 2);
      expect(s.counts.unsupported).toBeGreaterThan(0);
      const resumed = await graphOf(genHost);
      expect(resumed.docs).toBe(200);
      // the same graph as one uninterrupted import: importing again over it changes nothing
      importCli(plain, '--batch', '70');
      expect(await graphOf(genHost)).toEqual(resumed);
    });

    it('when the records come gzip-compressed, then they read as the plain file does', async () => {
      const before = await graphOf(genHost);
      const r = importCli(gz, '--json');
      const s = JSON.parse(r.stdout) as { records: number; bad: number };
      expect([s.records, s.bad]).toEqual([100, 0]);
      expect(await graphOf(genHost)).toEqual(before);
    });
  });
});
