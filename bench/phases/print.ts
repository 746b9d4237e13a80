import type { IngestFigures } from '../lib/ingest.ts';
import { type QuotebankImportFigures, quotebankImportLines } from './quotebank-import.ts';
import type { Q } from './targets.ts';

/** The human-readable summary (without --json). */
export function printTable(r: { [k: string]: unknown } & { queries: Q[] }): void {
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
    quotebankImport: QuotebankImportFigures | null;
    durationSeconds: number;
    machine: { loadAvgAtStart: number[]; loadAvgAtEnd: number[] };
  };
  const lines = [
    `quotegraph bench, scale ${x.scale} (${JSON.stringify(x.corpus)})`,
    `load average ${x.machine.loadAvgAtStart.join(' ')} -> ${x.machine.loadAvgAtEnd.join(' ')}`,
    `ingestion  raw ${x.ingestion.raw.docsPerSec} docs/s (${x.ingestion.raw.nodesPerSec} nodes/s, ` +
      `${x.ingestion.raw.relsPerSec} rels/s)  loader ${x.ingestion.loader.docsPerSec} docs/s ` +
      `(${x.ingestion.loader.nodesPerSec} nodes/s, ${x.ingestion.loader.relsPerSec} rels/s)  ratio ` +
      `${x.ingestion.loaderOverRaw}` +
      (x.ingestion.loaderOneTxPerArticleOverRaw === null
        ? ''
        : ` (one transaction per article ${x.ingestion.loaderOneTxPerArticleOverRaw})`) +
      `  whole corpus ${x.ingestion.loaderWholeCorpus.docsPerSec} docs/s`,
    `extraction ${x.extraction.articlesPerSec} articles/s on one core (quote recall ${x.extraction.quoteRecall})`,
    'operation         ours p50/p95/p99 ms        raw p50 ms  @neo4j/graphql p50 ms  ' +
      'ours/raw  ours/theirs  dbHits ours/theirs  statements',
    ...r.queries
      .filter((q) => !('error' in q))
      .map(
        (q) =>
          `${q.name.padEnd(17)} ` +
          `${q.ours.median}/${q.ours.p95}/${q.ours.p99}`.padEnd(26) +
          ` ${String(q.raw.median).padEnd(11)} ${String(q.theirs?.median ?? '-').padEnd(22)} ` +
          `${String(q.oursOverRaw).padEnd(9)} ${String(q.oursOverTheirs ?? '-').padEnd(12)} ` +
          `${q.dbHits.ours}/${q.dbHits.theirs ?? '-'}`.padEnd(19) +
          ` ${q.statements}`,
      ),
    `load       ${x.load.reqPerSec} req/s, p99 ${x.load.latencyMs.p99} ms, errors ${x.load.errors}, API ` +
      `RSS max ${x.load.apiRssMb.max} MB`,
    `           admitted ${x.load.admitted.requests} (p99 ${x.load.admitted.latencyMs.p99} ms), shed ` +
      `${x.load.shed.requests} (p99 ${x.load.shed.latencyMs.p99} ms)`,
    ...(x.quotebankImport ? quotebankImportLines(x.quotebankImport) : []),
    `took ${x.durationSeconds} s`,
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
