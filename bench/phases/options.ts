import { loadConfig } from '../../src/config/config.ts';

// The command line of `npm run bench` and the defaults that depend on the scale.

export interface Options {
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
  /** documents re-extracted at the end (0: none) */
  reextractDocs: number;
  /** Quotebank records of the import phase (default: the scale; 0: no import phase) */
  importRecords: number;
}

export function parseArgs(argv: string[]): Options {
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
    reextractDocs: 1000,
    importRecords: -1,
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
      case '--reextract-docs':
        o.reextractDocs = val();
        break;
      case '--import-records':
        o.importRecords = val();
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
  if (o.importRecords < 0) o.importRecords = o.scale;
  if (!o.wholeGraphWarmup) o.wholeGraphWarmup = quick ? 1 : 3;
  return o;
}
