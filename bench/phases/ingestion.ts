import type { CorpusDocument } from '../corpus/generate.ts';
import { generateCorpus } from '../corpus/generate.ts';
import {
  combine,
  graphSize,
  type IngestFigures,
  loadRaw,
  loadWithLoader,
  rawStatementMs,
  wipe,
} from '../lib/ingest.ts';
import { rest, take } from '../lib/iterate.ts';
import { ratio, round } from '../lib/stats.ts';
import type { Options } from './options.ts';
import type { BenchServer, Say, World } from './types.ts';

const extracted = (docs: Iterable<CorpusDocument>) =>
  (function* () {
    for (const d of docs) yield d.extracted;
  })();

/** Ingestion: our loader against a raw UNWIND floor on the same articles, then the whole corpus. */
export async function measureIngestion(server: BenchServer, world: World, docCount: number, o: Options, say: Say) {
  const driver = server.db.driver;
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
        `ingestion round ${round_}: our loader, one transaction per article, ${o.ingestConcurrency} in ` +
          `flight, on articles ${warm}..${warm + perDocDocs}`,
      );
      it = generateCorpus(world, o.scale, o.seed)[Symbol.iterator]();
      await loadWithLoader(server.db, driver, extracted(take(it, warm)), perDoc);
      perDocument = await loadWithLoader(server.db, driver, extracted(take(it, perDocDocs)), perDoc);
      say(
        `loader, one transaction per article: ${perDocument.docsPerSec} docs/s ` +
          `(${ratio(perDocument.docsPerSec, raw.docsPerSec)}x raw)`,
      );
      await wipe(driver);
    }
    say(
      `ingestion round ${round_}: our loader, ${o.ingestBatch} articles per transaction, ` +
        `${o.ingestConcurrency} in flight`,
    );
    it = generateCorpus(world, o.scale, o.seed)[Symbol.iterator]();
    await loadWithLoader(server.db, driver, extracted(take(it, warm)), batched);
    queryMs.clear();
    const loader = await loadWithLoader(server.db, driver, extracted(take(it, roundDocs)), batched, progress(warm));
    say(`loader: ${loader.docsPerSec} docs/s on the same articles (${ratio(loader.docsPerSec, raw.docsPerSec)}x raw)`);
    rounds.push({ raw, loader, perDocument });
  }
  const { raw, loader: loaderSame, perDocument } = rounds[rounds.length - 1]!;
  const loaderRest = await loadWithLoader(server.db, driver, extracted(rest(it)), batched, progress(warm + ratioDocs));
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
  return ingestion;
}
