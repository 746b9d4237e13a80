import { createHash } from 'node:crypto';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../errors/app-error.ts';
import { dropCheckpoint } from '../../import/import-checkpoint.ts';
import { bulkImport, bulkTarget, type RowsFormat } from '../../import/bulk/bulk-import.ts';
import { importLines, type LineFormat } from '../../import/import-lines.ts';
import { loadMigrations } from '../../db/migrate.ts';
import { parseArgs } from 'node:util';
import type { Command, CommandContext } from '../command.ts';
import { progressLine } from '../progress-line.ts';
import { withDatabase } from '../with-database.ts';

export interface ImportFlags {
  batch?: string | undefined;
  concurrency?: string | undefined;
  state?: string | undefined;
  restart?: boolean | undefined;
  /** never the bulk path, even into an empty local graph */
  transactional?: boolean | undefined;
  json?: boolean | undefined;
}

/**
 * What every `import` command does once its format is chosen: check the files before Neo4j is found,
 * keep a checkpoint per set of files in the data folder (or --state), show progress on a terminal,
 * and end with a summary naming the bad lines.
 */
export async function runImport<R>(
  ctx: CommandContext,
  format: LineFormat<R>,
  files: string[],
  flags: ImportFlags,
  bulk?: RowsFormat<R>,
): Promise<number> {
  if (!files.length) {
    ctx.say(`import ${format.name}: give one or more files (.gz and .bz2 are read as they are)`);
    return 2;
  }
  const batchSize = flags.batch === undefined ? (format.batch ?? 1000) : Number(flags.batch);
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw badInput('--batch', 'give a whole number of records, 1 or more');
  const concurrency = flags.concurrency === undefined ? ctx.config.ingestConcurrency : Number(flags.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)
    throw badInput('--concurrency', 'give a whole number of batches written at once, from 1 to 16');
  for (const file of files)
    await access(file).catch(() => {
      throw badInput('FILE', `${file}: no such file or not readable`);
    });
  const absolute = files.map((f) => path.resolve(f));
  const key = createHash('sha256').update(absolute.join('\n')).digest('hex').slice(0, 12);
  const statePath = path.resolve(
    flags.state ?? path.join(ctx.config.local.dataDir, 'imports', `${format.name}-${key}.state.json`),
  );
  if (flags.restart) await dropCheckpoint(statePath);
  await mkdir(path.dirname(statePath), { recursive: true });
  // Into an empty graph of the local server, Neo4j's offline importer writes the whole database at once
  // (docs/import.md, the bulk path); any other target takes the records a batch per transaction.
  if (bulk && !flags.transactional && !ctx.config.neo4j.uri) {
    const target = await withDatabase(ctx, bulkTarget);
    if (target.empty) return runBulk(ctx, bulk, absolute, !!flags.json, target.planFingerprint);
  }
  return withDatabase(ctx, async (db) => {
    const progress = progressLine(process.stderr);
    const s = await importLines(db, absolute, format, {
      batchSize,
      concurrency,
      statePath,
      onProgress: (p) => {
        const rate = Math.round(p.records / Math.max(p.seconds, 0.001)).toLocaleString('en');
        progress(`${path.basename(p.file)}: ${p.lines.toLocaleString('en')} lines · ${rate} records/s`);
      },
    });
    progress.done();
    if (flags.json) {
      ctx.print(JSON.stringify(s));
      return 0;
    }
    if (s.resumedFrom) ctx.say(`Went on from ${s.resumedFrom.file} after line ${s.resumedFrom.line} (${statePath}).`);
    for (const b of s.badLines) ctx.say(`${b.file}:${b.line}: skipped: ${b.reason}`);
    if (s.bad > s.badLines.length) ctx.say(`… and ${s.bad - s.badLines.length} more bad lines skipped.`);
    for (const f of s.failures) ctx.say(`not written: ${f}`);
    const counts = Object.entries(s.counts)
      .map(([kind, n]) => `${n} ${kind}`)
      .join(', ');
    ctx.print(
      `${format.name}: ${s.records} records imported from ${s.lines} lines in ${s.seconds.toFixed(1)} s ` +
        `(${s.recordsPerSecond} records/s; ${s.bad} bad lines skipped)${counts ? `; in all ${counts}` : ''}.`,
    );
    return 0;
  });
}

async function runBulk<R>(
  ctx: CommandContext,
  format: RowsFormat<R>,
  files: string[],
  json: boolean,
  planFingerprint: string | null,
): Promise<number> {
  ctx.say(`import ${format.name}: the graph is empty: the bulk path (neo4j-admin database import) …`);
  const migrationFiles = await loadMigrations(path.join(ctx.config.root, 'cypher', 'migrations'));
  const started = performance.now();
  const s = await bulkImport(ctx.config, files, format, migrationFiles, ctx.say, planFingerprint);
  // opening the database applies the index and constraint migrations to the imported graph
  const opening = performance.now();
  await withDatabase(ctx, async () => undefined);
  const phases = { ...s.phases, migrations: Math.round((performance.now() - opening) / 100) / 10 };
  const seconds = (performance.now() - started) / 1000;
  const summary = {
    ...s.read,
    bulk: true,
    counts: s.files.counts,
    phases,
    seconds,
    recordsPerSecond: Math.round(s.read.records / Math.max(seconds, 0.001)),
  };
  if (json) {
    ctx.print(JSON.stringify(summary));
    return 0;
  }
  for (const b of s.read.badLines) ctx.say(`${b.file}:${b.line}: skipped: ${b.reason}`);
  if (s.read.bad > s.read.badLines.length)
    ctx.say(`… and ${s.read.bad - s.read.badLines.length} more bad lines skipped.`);
  const counts = Object.entries(s.files.counts)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  ctx.print(
    `${format.name}: ${s.read.records} records imported in bulk from ${s.read.lines} lines ` +
      `in ${seconds.toFixed(1)} s (${summary.recordsPerSecond} records/s; reading ${phases.read} s, ` +
      `CSV ${phases.csv} s, neo4j-admin ${phases.neo4jAdmin} s, server stop and start ${phases.stopStart} s, ` +
      `migrations ${phases.migrations} s; ` +
      `${s.read.bad} bad lines skipped); in all ${counts}.`,
  );
  return 0;
}

/**
 * An `import FORMAT` command: the flags every importer takes (--batch, --state, --restart, --transactional,
 * --json) plus its own string options, and the format (and, where it has one, the bulk path) built from them.
 */
export function importCommand<R>(o: {
  format: string;
  summary: string;
  usage: string;
  options?: string[];
  build: (values: Record<string, string | undefined>) => { format: LineFormat<R>; bulk?: RowsFormat<R> };
}): Command {
  return {
    path: ['import', o.format],
    summary: o.summary,
    usage: o.usage,
    async run(args, ctx) {
      const { values, positionals } = parseArgs({
        args,
        allowPositionals: true,
        options: {
          batch: { type: 'string' },
          concurrency: { type: 'string' },
          state: { type: 'string' },
          restart: { type: 'boolean' },
          transactional: { type: 'boolean' },
          json: { type: 'boolean' },
          ...Object.fromEntries((o.options ?? []).map((name) => [name, { type: 'string' as const }])),
        },
      });
      const given = values as Record<string, unknown>;
      const own = Object.fromEntries((o.options ?? []).map((name) => [name, given[name] as string | undefined]));
      const { format, bulk } = o.build(own);
      return runImport(ctx, format, positionals, values as ImportFlags, bulk);
    },
  };
}
