// `npm run bench -- --scale N [--json]`: generates the seeded corpus, starts a throw-away Neo4j,
// measures ingestion (our loader against a raw UNWIND floor), extraction, the query operations three
// ways (ours over HTTP, raw Cypher, @neo4j/graphql) with dbHits, and a 64-connection load with the
// API's RSS. Field names of the --json object are documented in docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { loadConfig } from '../src/config/config.ts';
import { Database } from '../src/db/database.ts';
import { startApi } from '../src/server/start-api.ts';
import { version } from '../src/version.ts';
import { generateCorpus, type CorpusDocument } from './corpus/generate.ts';
import { buildWorld } from './corpus/world.ts';
import { measureExtraction } from './lib/extraction.ts';
import { measureExtractionBySize } from './lib/extraction-size.ts';
import { rest, take } from './lib/iterate.ts';
import { graphSize, loadRaw, loadWithLoader, rawStatementMs, wipe, type IngestFigures } from './lib/ingest.ts';
import { measureLoad, startApiProcess } from './lib/load.ts';
import { startNeo4jGraphQL } from './lib/neo4j-graphql.ts';
import { operations } from './lib/operations.ts';
import { measureOperations, post } from './lib/queries.ts';
import { Recorder, recordingDriver } from './lib/recording-driver.ts';
import { ratio, round } from './lib/stats.ts';
import { startBenchServer } from './lib/server.ts';

interface Options {
  scale: number;
  json: boolean;
  seed: number;
  runs: number;
  ingestConcurrency: number;
  ingestBatch: number;
  perDocDocs: number;
  /** warm-up rounds of each indexed operation before its timed runs (whole-graph ones: at most 3) */
  warmup: number;
  /** warm-up rounds of influence and connections (3; 1 in quick mode) */
  wholeGraphWarmup: number;
  rawBatch: number;
  ratioDocs: number;
  warmRoundDocs: number;
  extractSample: number;
  loadSeconds: number;
  loadConnections: number;
  year: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = {
    scale: 10_000,
    json: false,
    seed: 42,
    runs: 0,
    warmup: 10,
    wholeGraphWarmup: 0,
    ingestConcurrency: 0,
    ingestBatch: 0,
    perDocDocs: -1,
    rawBatch: 500,
    ratioDocs: 0,
    warmRoundDocs: -1,
    extractSample: 300,
    loadSeconds: 0,
    loadConnections: 64,
    year: 2021,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = () => Number(argv[++i]);
    switch (a) {
      case '--json':
        o.json = true;
        break;
      case '--scale':
        o.scale = val();
        break;
      case '--seed':
        o.seed = val();
        break;
      case '--runs':
        o.runs = val();
        break;
      case '--ingest-concurrency':
        o.ingestConcurrency = val();
        break;
      case '--ingest-batch':
        o.ingestBatch = val();
        break;
      case '--per-doc-docs':
        o.perDocDocs = val();
        break;
      case '--warmup':
        o.warmup = val();
        break;
      case '--raw-batch':
        o.rawBatch = val();
        break;
      case '--ratio-docs':
        o.ratioDocs = val();
        break;
      case '--warm-round-docs':
        o.warmRoundDocs = val();
        break;
      case '--extract-sample':
        o.extractSample = val();
        break;
      case '--load-seconds':
        o.loadSeconds = val();
        break;
      case '--load-connections':
        o.loadConnections = val();
        break;
      case '--year':
        o.year = val();
        break;
      default:
        throw new Error(`unknown option ${a} (see docs/benchmarks.md)`);
    }
  }
  if (!Number.isInteger(o.scale) || o.scale < 1000) throw new Error('--scale must be an integer >= 1000');
  // Defaults sized so that 10k runs in minutes and 100k in under 20 on two cores (docs/benchmarks.md):
  // the loader writes as `quotegraph ingest` does by default (batches of QUOTEGRAPH_INGEST_BATCH
  // articles, 2 in flight), and the whole corpus goes in that way; one transaction per article is
  // measured too, on the first 500 articles of the second round. The loader/raw ratio is taken on the
  // first 2 000 articles (1 300 in quick mode). The first (warm-up) round of the ratio runs on as many
  // articles as the measured one. Quick mode (10k and below) is a smoke run of every figure that must
  // finish in three minutes on a slow day: no warm-up round (each pass still starts with 300 untimed
  // articles), no one-transaction-per-article pass (`--per-doc-docs N` adds it), and whole-graph queries
  // warm up once rather than three times.
  const quick = o.scale <= 10_000;
  if (!o.runs) o.runs = quick ? 20 : 30;
  if (!o.loadSeconds) o.loadSeconds = 10;
  if (!o.ratioDocs) o.ratioDocs = quick ? 1_300 : 2_000;
  if (o.warmRoundDocs < 0) o.warmRoundDocs = quick ? 0 : o.ratioDocs;
  if (!o.ingestConcurrency) o.ingestConcurrency = 2;
  if (!o.ingestBatch) o.ingestBatch = loadConfig({}).ingestBatch;
  if (o.perDocDocs < 0) o.perDocDocs = quick ? 0 : 500;
  if (!o.wholeGraphWarmup) o.wholeGraphWarmup = quick ? 1 : 3;
  return o;
}

const extracted = (docs: Iterable<CorpusDocument>) =>
  (function* () {
    for (const d of docs) yield d.extracted;
  })();

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const say = (line: string) =>
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const loadavg = () => os.loadavg().map((x) => round(x, 2));
  // share of time runnable tasks waited for a CPU (Linux PSI): the honest measure of a busy machine
  const cpuPressure = () => {
    try {
      return Number(/some avg10=[\d.]+ avg60=([\d.]+)/.exec(readFileSync('/proc/pressure/cpu', 'utf8'))?.[1] ?? NaN);
    } catch {
      return null;
    }
  };
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? '',
    memGb: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    loadAvgAtStart: loadavg(),
    cpuPressureAvg60AtStart: cpuPressure(),
  };
  say(`scale ${o.scale}, seed ${o.seed}; load average ${machine.loadAvgAtStart.join(' ')} on ${machine.cpus} cores`);

  // Corpus shape (one pass; regenerated later rather than held, so 1M fits in memory).
  const world = buildWorld(o.scale, o.seed);
  let docCount = 0;
  let quoteMentions = 0;
  const sampleEvery = Math.max(1, Math.floor(o.scale / 5 / o.extractSample));
  const sample: CorpusDocument[] = [];
  const topQuotes = new Set<string>();
  for (const d of generateCorpus(world, o.scale, o.seed)) {
    if (docCount++ % sampleEvery === 0 && sample.length < o.extractSample) sample.push(d);
    quoteMentions += d.extracted.quotes.length;
    for (const q of d.extracted.quotes) if (q.speaker?.entityId === world.speakers[0]!.id) topQuotes.add(q.id);
  }
  const corpus = {
    quotes: o.scale,
    documents: docCount,
    quoteMentions,
    speakers: world.speakers.length,
    outlets: world.outlets.length,
    topSpeaker: world.speakers[0]!.id,
    topSpeakerQuotes: topQuotes.size,
  };
  say(
    `corpus: ${docCount} articles, ${o.scale} distinct quotes (${quoteMentions} quote mentions), ${world.speakers.length} speakers; top speaker ${corpus.topSpeaker} with ${topQuotes.size} quotes`,
  );

  // Extraction first, while no Neo4j of ours competes for the cores.
  say(`extraction: ${sample.length} articles on one core`);
  const extraction = measureExtraction(sample);
  say(`extraction: ${extraction.articlesPerSec} articles/s (quote recall ${extraction.quoteRecall})`);
  const extractionBySize = measureExtractionBySize(sample);
  for (const f of extractionBySize)
    say(
      `extraction of one ${f.megabytes} MB text: ${f.seconds} s = ${f.secondsPerMb} s/MB (CPU ${f.cpuSecondsPerMb} s/MB), heap +${f.heapGrowthMb} MB`,
    );

  const server = await startBenchServer(say);
  const driver = server.db.driver;
  const cleanup: (() => Promise<void>)[] = [() => server.stop()];
  try {
    // 1. ingestion, in two rounds on the same articles: raw floor, wipe, our loader, wipe; the
    // second round is the measurement. Both Neo4j and the bench are JVM/V8 code that compiles as it
    // runs: in a first pass the loader (~8 statements per article) ran at 43 articles/s over its first
    // 600 articles and 125/s after a few thousand, while the raw floor (19 statements per 500
    // articles) warms almost at once, so a one-pass ratio measured warm-up, not the loader. Each pass
    // also starts with 300 untimed articles (query plans). The round after is the corpus load.
    const warm = 300;
    const ratioDocs = Math.min(o.ratioDocs, docCount) - warm;
    const queryMs = new Map<string, { n: number; ms: number }>();
    const off = server.db.onQuery((e) => {
      const x = queryMs.get(e.name) ?? { n: 0, ms: 0 };
      x.n++;
      x.ms += e.ms;
      queryMs.set(e.name, x);
    });
    const progress = (base: number) => (done: number) => say(`  loader: ${base + done} articles`);
    const batched = { concurrency: o.ingestConcurrency, batch: o.ingestBatch };
    const perDoc = { concurrency: o.ingestConcurrency, batch: 1 };
    const rounds: { raw: IngestFigures; loader: IngestFigures; perDocument: IngestFigures | null }[] = [];
    let it = generateCorpus(world, o.scale, o.seed)[Symbol.iterator]();
    // the warm-up round runs unless --warm-round-docs is 0 (quick mode's default)
    for (const round_ of o.warmRoundDocs > 0 ? [1, 2] : [2]) {
      if (rounds.length) await wipe(driver);
      const roundDocs = round_ === 1 ? Math.min(ratioDocs, Math.max(o.warmRoundDocs - warm, 1)) : ratioDocs;
      say(
        `ingestion round ${round_}: raw UNWIND floor (batches of ${o.rawBatch}) on articles ${warm}..${warm + roundDocs}`,
      );
      it = generateCorpus(world, o.scale, o.seed)[Symbol.iterator]();
      await loadRaw(driver, extracted(take(it, warm)), o.rawBatch);
      rawStatementMs.clear();
      const raw = await loadRaw(driver, extracted(take(it, roundDocs)), o.rawBatch);
      say(`raw: ${raw.docsPerSec} docs/s, ${raw.nodesPerSec} nodes/s, ${raw.relsPerSec} rels/s`);
      await wipe(driver);
      // one transaction per article runs the same statements as the batches, so the first round's
      // batched pass warms them; it is measured in the second round only
      let perDocument: IngestFigures | null = null;
      if (round_ === 2 && o.perDocDocs > 0) {
        const perDocDocs = Math.min(o.perDocDocs, roundDocs);
        say(
          `ingestion round ${round_}: our loader, one transaction per article, ${o.ingestConcurrency} in flight, on articles ${warm}..${warm + perDocDocs}`,
        );
        it = generateCorpus(world, o.scale, o.seed)[Symbol.iterator]();
        await loadWithLoader(server.db, driver, extracted(take(it, warm)), perDoc);
        perDocument = await loadWithLoader(server.db, driver, extracted(take(it, perDocDocs)), perDoc);
        say(
          `loader, one transaction per article: ${perDocument.docsPerSec} docs/s (${ratio(perDocument.docsPerSec, raw.docsPerSec)}x raw)`,
        );
        await wipe(driver);
      }
      say(
        `ingestion round ${round_}: our loader, ${o.ingestBatch} articles per transaction, ${o.ingestConcurrency} in flight`,
      );
      it = generateCorpus(world, o.scale, o.seed)[Symbol.iterator]();
      await loadWithLoader(server.db, driver, extracted(take(it, warm)), batched);
      queryMs.clear();
      const loader = await loadWithLoader(server.db, driver, extracted(take(it, roundDocs)), batched, progress(warm));
      say(
        `loader: ${loader.docsPerSec} docs/s on the same articles (${ratio(loader.docsPerSec, raw.docsPerSec)}x raw)`,
      );
      rounds.push({ raw, loader, perDocument });
    }
    const { raw, loader: loaderSame, perDocument } = rounds[rounds.length - 1]!;
    const loaderRest = await loadWithLoader(
      server.db,
      driver,
      extracted(rest(it)),
      batched,
      progress(warm + ratioDocs),
    );
    off();
    const total = await graphSize(driver);
    const loaderAll: IngestFigures = combine(loaderSame, loaderRest);
    say(`loader: whole corpus ${loaderAll.docsPerSec} docs/s; graph ${total.nodes} nodes, ${total.rels} rels`);
    const ingestion = {
      raw,
      loader: loaderSame,
      loaderWholeCorpus: loaderAll,
      loaderOverRaw: ratio(loaderSame.docsPerSec, raw.docsPerSec),
      /** the loader with one transaction per article (--batch 1), on the first perDocDocs articles of the same round */
      loaderOneTxPerArticle: perDocument,
      loaderOneTxPerArticleOverRaw: perDocument ? ratio(perDocument.docsPerSec, raw.docsPerSec) : null,
      /** the same figures of the first (warm-up) round: raw and loader docs/s and their ratio */
      firstRound:
        rounds.length > 1
          ? {
              rawDocsPerSec: rounds[0]!.raw.docsPerSec,
              loaderDocsPerSec: rounds[0]!.loader.docsPerSec,
              loaderOverRaw: ratio(rounds[0]!.loader.docsPerSec, rounds[0]!.raw.docsPerSec),
            }
          : null,
      ingestConcurrency: o.ingestConcurrency,
      ingestBatch: o.ingestBatch,
      rawBatch: o.rawBatch,
      graph: total,
      loaderStatementMs: Object.fromEntries(
        [...queryMs]
          .sort((a, b) => b[1].ms - a[1].ms)
          .map(([k, v]) => [k, { calls: v.n, totalMs: round(v.ms, 0), meanMs: round(v.ms / v.n, 2) }]),
      ),
      rawStatementMs: Object.fromEntries(
        [...rawStatementMs].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k.replace(/\s+/g, ' '), round(v, 0)]),
      ),
    };

    // 3 + 6. queries three ways, dbHits.
    const oursRecorder = new Recorder();
    const theirsRecorder = new Recorder();
    const apiConfig = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '120000' });
    const recDb = new Database(
      recordingDriver(driver, oursRecorder),
      server.connection.database,
      server.db.queries,
      120_000,
    );
    const api = await startApi(apiConfig, recDb, server.migrationFiles, version);
    cleanup.unshift(() => api.stop());
    const theirs = await startNeo4jGraphQL(recordingDriver(driver, theirsRecorder));
    cleanup.unshift(() => theirs.stop());
    const ops = operations(
      { topSpeaker: world.speakers[0]!.id, otherSpeaker: world.speakers[1]!.id, year: o.year, searchWord: 'security' },
      o.runs,
    );
    say(`queries: ${ops.length} operations x ${o.runs} runs, three ways interleaved`);
    const queries = await measureOperations(
      ops,
      { oursUrl: `${api.url}/graphql`, theirsUrl: theirs.url, driver, oursRecorder, theirsRecorder },
      { indexed: o.warmup, wholeGraph: o.wholeGraphWarmup },
      say,
    );

    // 4. concurrent load on the API as its own process.
    const apiProc = await startApiProcess(server.connection, say);
    cleanup.unshift(() => apiProc.stop());
    const mixOps = ops.filter((op) => (queries.find((q) => q.name === op.name)?.ours.median ?? Infinity) < 250);
    const bodies = mixOps.map((op) => ({ name: op.name, body: JSON.stringify(op.ours) }));
    for (const b of bodies) await post(apiProc.url, JSON.parse(b.body));
    say(
      `load: ${o.loadConnections} connections, ${o.loadSeconds} s (after ${Math.ceil(o.loadSeconds / 2)} s warm-up), mix ${bodies.map((b) => b.name).join(', ')}`,
    );
    const load = await measureLoad(
      apiProc.url,
      apiProc.child.pid!,
      bodies,
      o.loadConnections,
      o.loadSeconds,
      Math.ceil(o.loadSeconds / 2),
    );
    say(
      `load: ${load.reqPerSec} req/s, p99 ${load.latencyMs.p99} ms, errors ${load.errors}, API RSS max ${load.apiRssMb.max} MB`,
    );
    say(
      `load: admitted ${load.admitted.requests} (p50 ${load.admitted.latencyMs.median} ms, p99 ${load.admitted.latencyMs.p99} ms), shed ${load.shed.requests} (p50 ${load.shed.latencyMs.median} ms, p99 ${load.shed.latencyMs.p99} ms; ${load.shed.afterWaiting} of them after waiting out the deadline)`,
    );
    say(`  slowest: ${load.slowest.map((x) => `${x.op} ${x.ms} ms at ${x.atS} s`).join('; ')}`);
    for (const [name, op] of Object.entries(load.byOperation))
      say(
        `  ${name}: admitted ${op.admitted} (p50 ${op.admittedMs.p50} ms, p99 ${op.admittedMs.p99} ms), shed ${op.shed}`,
      );

    const result = {
      bench: 'quotegraph',
      version,
      at: new Date().toISOString(),
      scale: o.scale,
      seed: o.seed,
      options: o,
      machine: {
        ...machine,
        loadAvgAtEnd: loadavg(),
        cpuPressureAvg60AtEnd: cpuPressure(),
        neo4j: '5.26.19 community (local server)',
        neo4jHeap: server.heap,
        neo4jPageCache: server.pageCache,
      },
      corpus,
      ingestion,
      extraction,
      extractionBySize,
      queries,
      load,
      targets: targets(ingestion.loaderOverRaw, extraction.articlesPerSec, queries, load.apiRssMb.max, o.scale),
      durationSeconds: round((performance.now() - started) / 1000, 1),
    };
    if (o.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printTable(result);
  } finally {
    for (const c of cleanup) await c().catch((e) => say(`cleanup: ${(e as Error).message}`));
  }
}

function combine(a: IngestFigures, b: IngestFigures): IngestFigures {
  const docs = a.docs + b.docs;
  const seconds = a.seconds + b.seconds;
  const nodes = a.nodes + b.nodes;
  const rels = a.rels + b.rels;
  return {
    docs,
    seconds: round(seconds),
    docsPerSec: round(docs / seconds, 1),
    nodes,
    rels,
    nodesPerSec: round(nodes / seconds, 0),
    relsPerSec: round(rels / seconds, 0),
    txMs: b.docs > a.docs ? b.txMs : a.txMs,
  };
}

type Q = Awaited<ReturnType<typeof measureOperations>>[number];

function targets(loaderOverRaw: number | null, articlesPerSec: number, all: Q[], rssMb: number, scale: number) {
  const queries = all.filter((q) => !('error' in q));
  const byName = (n: string) => queries.find((q) => q.name === n);
  const withTheirs = queries.filter((q) => q.theirs);
  return {
    loaderAtLeast08xRaw: { value: loaderOverRaw, met: (loaderOverRaw ?? 0) >= 0.8 },
    extractionAtLeast100PerSec: { value: articlesPerSec, met: articlesPerSec >= 100 },
    dbHitsAtMostTheirs: Object.fromEntries(
      withTheirs.map((q) => [
        q.name,
        { ours: q.dbHits.ours, theirs: q.dbHits.theirs, met: q.dbHits.ours <= (q.dbHits.theirs ?? 0) },
      ]),
    ),
    p50AtMost13xRaw: Object.fromEntries(
      queries.map((q) => [q.name, { value: q.oursOverRaw, met: (q.oursOverRaw ?? Infinity) <= 1.3 }]),
    ),
    fasterThanTheirs: Object.fromEntries(
      withTheirs.map((q) => [q.name, { value: q.oursOverTheirs, met: (q.oursOverTheirs ?? Infinity) < 1 }]),
    ),
    timelineP95AtMost50ms: {
      scaleIs1M: scale >= 1_000_000,
      value: byName('timeline')?.ours.p95 ?? null,
      met: (byName('timeline')?.ours.p95 ?? Infinity) <= 50,
    },
    influenceMonthAtMost2s: {
      scaleIs1M: scale >= 1_000_000,
      value: byName('influenceMonth')?.ours.median ?? null,
      met: (byName('influenceMonth')?.ours.median ?? Infinity) <= 2000,
    },
    apiRssUnder300Mb: { value: rssMb, met: rssMb < 300 },
  };
}

function printTable(r: { [k: string]: unknown } & { queries: Q[] }): void {
  const x = r as unknown as {
    scale: number;
    corpus: Record<string, unknown>;
    ingestion: {
      raw: IngestFigures;
      loader: IngestFigures;
      loaderWholeCorpus: IngestFigures;
      loaderOverRaw: number;
      loaderOneTxPerArticleOverRaw: number | null;
    };
    extraction: { articlesPerSec: number; quoteRecall: number };
    load: {
      reqPerSec: number;
      latencyMs: { p99: number };
      apiRssMb: { max: number };
      errors: number;
      admitted: { requests: number; latencyMs: { p99: number } };
      shed: { requests: number; latencyMs: { p99: number } };
    };
    durationSeconds: number;
    machine: { loadAvgAtStart: number[]; loadAvgAtEnd: number[] };
  };
  const lines = [
    `quotegraph bench, scale ${x.scale} (${JSON.stringify(x.corpus)})`,
    `load average ${x.machine.loadAvgAtStart.join(' ')} -> ${x.machine.loadAvgAtEnd.join(' ')}`,
    `ingestion  raw ${x.ingestion.raw.docsPerSec} docs/s (${x.ingestion.raw.nodesPerSec} nodes/s, ${x.ingestion.raw.relsPerSec} rels/s)  loader ${x.ingestion.loader.docsPerSec} docs/s (${x.ingestion.loader.nodesPerSec} nodes/s, ${x.ingestion.loader.relsPerSec} rels/s)  ratio ${x.ingestion.loaderOverRaw}${x.ingestion.loaderOneTxPerArticleOverRaw === null ? '' : ` (one transaction per article ${x.ingestion.loaderOneTxPerArticleOverRaw})`}  whole corpus ${x.ingestion.loaderWholeCorpus.docsPerSec} docs/s`,
    `extraction ${x.extraction.articlesPerSec} articles/s on one core (quote recall ${x.extraction.quoteRecall})`,
    'operation         ours p50/p95/p99 ms        raw p50 ms  @neo4j/graphql p50 ms  ours/raw  ours/theirs  dbHits ours/theirs  statements',
    ...r.queries
      .filter((q) => !('error' in q))
      .map(
        (q) =>
          `${q.name.padEnd(17)} ${`${q.ours.median}/${q.ours.p95}/${q.ours.p99}`.padEnd(26)} ${String(q.raw.median).padEnd(11)} ${String(q.theirs?.median ?? '-').padEnd(22)} ${String(q.oursOverRaw).padEnd(9)} ${String(q.oursOverTheirs ?? '-').padEnd(12)} ${`${q.dbHits.ours}/${q.dbHits.theirs ?? '-'}`.padEnd(19)} ${q.statements}`,
      ),
    `load       ${x.load.reqPerSec} req/s, p99 ${x.load.latencyMs.p99} ms, errors ${x.load.errors}, API RSS max ${x.load.apiRssMb.max} MB`,
    `           admitted ${x.load.admitted.requests} (p99 ${x.load.admitted.latencyMs.p99} ms), shed ${x.load.shed.requests} (p99 ${x.load.shed.latencyMs.p99} ms)`,
    `took ${x.durationSeconds} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}

main().catch((err) => {
  // an AppError's own message is the user-facing one; the database's words are in its cause
  const e = err as Error & { extensions?: unknown; cause?: { message?: string; code?: string } };
  process.stderr.write(
    `bench failed: ${e.stack ?? err}\n${e.extensions ? `extensions: ${JSON.stringify(e.extensions)}\n` : ''}${e.cause?.message ? `cause: ${e.cause.code ?? ''} ${e.cause.message}\n` : ''}`,
  );
  process.exitCode = 1;
});
