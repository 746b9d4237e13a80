import { mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/config.ts';
import type { Database } from '../../db/database.ts';
import { adminReason, adminTool } from '../../db/local/admin-tool.ts';
import { withServerStopped } from '../../db/local/with-server-stopped.ts';
import type { Migration } from '../../db/migrate.ts';
import { AppError } from '../../errors/app-error.ts';
import { importLines, type ImportSummary, type LineFormat } from '../import-lines.ts';
import type { QuoteRows } from '../quote-rows.ts';
import { addRows, emptyBulkRows } from './bulk-rows.ts';
import { ARRAY_DELIMITER, type ImportFiles, writeImportCsv } from './import-csv.ts';

/** A format whose batches become rows (no database): what the bulk path gathers. */
export interface RowsFormat<R> extends Omit<LineFormat<R, null>, 'write'> {
  rows(records: R[]): QuoteRows;
  who: { extractor: string; origin: string };
}

/** Where a bulk import's time went, in seconds (the caller adds the migrations after the restart). */
export interface BulkPhases {
  /** reading and parsing the files into rows */
  read: number;
  /** writing neo4j-admin's CSV files */
  csv: number;
  /** `neo4j-admin database import full` itself */
  neo4jAdmin: number;
  /** stopping the server before it and starting it again after it (0 when none ran) */
  stopStart: number;
  migrations?: number;
}

/** Migrations that rewrite data rather than declare indexes or constraints. */
export const isBackfill = (m: Migration) => !/^\s*CREATE\s/i.test(m.statement);

/**
 * Whether the graph holds no data yet (the bulk path replaces the whole database), and the fingerprint of
 * the check of the Cypher files it recorded (carried over into the new database).
 */
export async function bulkTarget(db: Database): Promise<{ empty: boolean; planFingerprint: string | null }> {
  return db.read(async (tx) => {
    const empty = (await tx.one('import/graph-is-empty'))?.empty === true;
    const planFingerprint = (await tx.one('system/plan-check'))?.fingerprint ?? null;
    return { empty, planFingerprint };
  }, 'import bulk check');
}

/**
 * Reads every file into rows gathered in memory (bad lines counted and named as in the transactional path),
 * writes them as neo4j-admin's import CSVs in the data folder, and replaces the local server's (empty)
 * database with `neo4j-admin database import full`: the server is stopped for it and started again. The
 * caller opens the database afterwards, which applies the index and constraint migrations.
 */
export async function bulkImport<R>(
  config: Config,
  files: string[],
  format: RowsFormat<R>,
  migrations: Migration[],
  say: (line: string) => void,
  planFingerprint: string | null = null,
): Promise<{ read: ImportSummary; files: ImportFiles; phases: BulkPhases }> {
  const all = emptyBulkRows();
  const read = await importLines(
    null,
    files,
    {
      ...format,
      async write(_db, records) {
        addRows(all, format.rows(records));
        return { counts: { records: records.length } };
      },
    },
    { batchSize: 10_000 },
  );
  say(`bulk: read ${read.records} records in ${read.seconds.toFixed(1)} s; writing the import files …`);
  const dir = await mkdtemp(path.join(config.local.dataDir, 'bulk-import-'));
  const since = (t: number) => Math.round((performance.now() - t) / 100) / 10;
  try {
    let started = performance.now();
    const csv = await writeImportCsv(
      dir,
      all,
      { ...format.who, at: new Date().toISOString() },
      migrations.filter(isBackfill),
      planFingerprint,
    );
    const csvSeconds = since(started);
    const admin = await adminTool(config, say);
    started = performance.now();
    let adminSeconds = 0;
    await withServerStopped(config, say, async () => {
      const adminStarted = performance.now();
      say(`bulk: neo4j-admin database import full (${csv.counts.quotes} quotes, ${csv.counts.documents} documents) …`);
      const run = await admin([
        'database',
        'import',
        'full',
        // the database first: the file options take any number of values and would swallow it
        config.neo4j.database,
        '--overwrite-destination=true',
        // only when a field holds a line break: it makes neo4j-admin parse each file on one thread
        `--multiline-fields=${csv.multiline}`,
        `--array-delimiter=${ARRAY_DELIMITER}`,
        ...csv.nodes.map((n) => `--nodes=${n}`),
        ...csv.relationships.map((r) => `--relationships=${r}`),
      ]);
      if (run.code !== 0)
        throw new AppError('DATABASE_UNAVAILABLE', `neo4j-admin could not import the files:\n${adminReason(run)}`);
      adminSeconds = since(adminStarted);
    });
    const stopStart = Math.round((since(started) - adminSeconds) * 10) / 10;
    const phases = { read: Math.round(read.seconds * 10) / 10, csv: csvSeconds, neo4jAdmin: adminSeconds, stopStart };
    return { read, files: csv, phases };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
