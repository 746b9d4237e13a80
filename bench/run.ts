// `npm run bench -- --scale N [--json]`: generates the seeded corpus, starts a throw-away Neo4j,
// measures ingestion (our loader against a raw UNWIND floor), extraction, the query operations three
// ways (ours over HTTP, raw Cypher, @neo4j/graphql) with dbHits, and a 64-connection load with the
// API's RSS. Field names of the --json object are documented in docs/benchmarks.md. Each phase is a
// module of bench/phases/; this file runs them in order and prints what they measured.
import { version } from '../src/version.ts';
import { measureExtraction } from './lib/extraction.ts';
import { measureExtractionBySize } from './lib/extraction-size.ts';
import { round } from './lib/stats.ts';
import { startBenchServer } from './lib/server.ts';
import { surveyCorpus } from './phases/corpus.ts';
import { measureIngestion } from './phases/ingestion.ts';
import { measureApiLoad } from './phases/load.ts';
import { cpuPressure, describeMachine, loadavg } from './phases/machine.ts';
import { parseArgs } from './phases/options.ts';
import { printTable } from './phases/print.ts';
import { measureQueries } from './phases/queries.ts';
import { measureQuotebankImport } from './phases/quotebank-import.ts';
import { measureReextraction } from './phases/reextraction.ts';
import { targets } from './phases/targets.ts';
import type { Cleanup } from './phases/types.ts';

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const say = (line: string) =>
    process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const machine = describeMachine();
  say(`scale ${o.scale}, seed ${o.seed}; load average ${machine.loadAvgAtStart.join(' ')} on ${machine.cpus} cores`);

  const { world, docCount, sample, corpus } = surveyCorpus(o, say);

  // Extraction first, while no Neo4j of ours competes for the cores.
  say(`extraction: ${sample.length} articles on one core`);
  const extraction = measureExtraction(sample);
  say(`extraction: ${extraction.articlesPerSec} articles/s (quote recall ${extraction.quoteRecall})`);
  const extractionBySize = measureExtractionBySize(sample);
  for (const f of extractionBySize)
    say(
      `extraction of one ${f.megabytes} MB text: ${f.seconds} s = ${f.secondsPerMb} s/MB (CPU ` +
        `${f.cpuSecondsPerMb} s/MB), heap +${f.heapGrowthMb} MB`,
    );

  // The importer on a server of its own, before the main one starts (the bulk path stops and starts it).
  const quotebankImport = o.importRecords
    ? await measureQuotebankImport(o.importRecords, say, { concurrency: o.ingestConcurrency })
    : null;

  const server = await startBenchServer(say);
  const cleanup: Cleanup = [() => server.stop()];
  try {
    const ingestion = await measureIngestion(server, world, docCount, o, say);
    const { ops, queries } = await measureQueries(server, world, o, say, cleanup);
    const load = await measureApiLoad(server, ops, queries, o, say, cleanup);
    const reextraction = o.reextractDocs
      ? await measureReextraction(server, o.reextractDocs, ingestion.loaderWholeCorpus.docsPerSec, say)
      : null;
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
      reextraction,
      quotebankImport,
      targets: targets(ingestion.loaderOverRaw, extraction.articlesPerSec, queries, load, o.scale, quotebankImport),
      durationSeconds: round((performance.now() - started) / 1000, 1),
    };
    if (o.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else printTable(result);
  } finally {
    for (const c of cleanup) await c().catch((e) => say(`cleanup: ${(e as Error).message}`));
  }
}

main().catch((err) => {
  // an AppError's own message is the user-facing one; the database's words are in its cause
  const e = err as Error & { extensions?: unknown; cause?: { message?: string; code?: string } };
  process.stderr.write(
    `bench failed: ${e.stack ?? err}\n` +
      (e.extensions ? `extensions: ${JSON.stringify(e.extensions)}\n` : '') +
      (e.cause?.message ? `cause: ${e.cause.code ?? ''} ${e.cause.message}\n` : ''),
  );
  process.exitCode = 1;
});
