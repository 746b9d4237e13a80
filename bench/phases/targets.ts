import type { LoadFigures } from '../lib/load.ts';
import type { measureOperations } from '../lib/queries.ts';
import type { QuotebankImportFigures } from './quotebank-import.ts';

export type Q = Awaited<ReturnType<typeof measureOperations>>[number];

/** Each target of docs/benchmarks.md with its value and whether it is met. */
export function targets(
  loaderOverRaw: number | null,
  articlesPerSec: number,
  all: Q[],
  load: LoadFigures,
  scale: number,
  imported: QuotebankImportFigures | null,
) {
  const rssMb = load.apiRssMb.max;
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
    // issue 23: 1M Quotebank records into an empty graph in under 5 minutes; >= 5 000 records/s into a filled one
    quotebankBulk1MUnder5Min: {
      recordsIs1M: (imported?.records ?? 0) >= 1_000_000,
      value: imported?.bulk.seconds ?? null,
      met: (imported?.records ?? 0) >= 1_000_000 && (imported?.bulk.seconds ?? Infinity) < 300,
    },
    quotebankIncrementalAtLeast5000PerSec: {
      value: imported?.incrementalRecordsPerSec ?? null,
      overRaw: imported?.incrementalOverRaw ?? null,
      met: (imported?.incrementalRecordsPerSec ?? 0) >= 5000,
    },
    apiRssUnder300Mb: { value: rssMb, met: rssMb < 300 },
    // issue 17: under the 64-connection load, no error of any kind, sheds answered fast, admitted in time
    loadWithoutErrors: { value: load.errors, met: load.errors === 0 },
    shedP99Under50ms: {
      value: load.shed.latencyMs.p99,
      refusedAtOnce: load.shed.atOnceMs.p99,
      afterWaiting: load.shed.afterWaiting,
      met: !(load.shed.latencyMs.p99 >= 50),
    },
    admittedP99Under2s: { value: load.admitted.latencyMs.p99, met: load.admitted.latencyMs.p99 < 2000 },
  };
}
