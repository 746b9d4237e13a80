import { createWriteStream } from 'node:fs';
import { mkdir, readdir, rename, rm, rmdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { AppError, badInput } from '../../errors/app-error.ts';
import { EXPORT_FILES, FORMATS, exportRun, isExportFormat, type ExportRun } from '../../export/export-files.ts';
import { checkExportInput, exportRequest } from '../../export/export-request.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

/**
 * Exports the graph for scripts and tools (docs/export.md): quotes as NDJSON, the entity graph as GraphML
 * (Gephi) or JSON-LD (schema.org), or nodes, edges and quotes as CSV tables (pandas, R). A single file goes
 * to stdout, or to the file --out names (written aside and renamed when complete, so a failed export
 * leaves no half file); csv writes its three files into the folder --out names (written into a folder
 * beside it and renamed when all are complete). --from/--to, --asOf and --entity filter as the API's
 * `quotes` does; for the graph, --entity takes its neighbourhood --depth hops out.
 */
export const exportCommand: Command = {
  path: ['export'],
  summary: 'export quotes (NDJSON) or the entity graph (GraphML, JSON-LD, CSV)',
  usage:
    'export --format graphml|csv|jsonld|ndjson [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--asOf YYYY-MM-DD] ' +
    '[--entity ID [--depth N]] [--out PATH]',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        asOf: { type: 'string' },
        entity: { type: 'string' },
        depth: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const names = Object.keys(FORMATS).join(', ');
    const format = values.format;
    if (!format) throw badInput('--format', `give one of ${names}`);
    if (!isExportFormat(format)) throw badInput('--format', `${format}: this version exports ${names}`);
    if (format === 'csv' && !values.out) throw badInput('--out', 'csv writes three files: name the folder for them');
    const given = {
      from: values.from ?? null,
      to: values.to ?? null,
      asOf: values.asOf ?? null,
      entity: values.entity ?? null,
      depth: values.depth ?? null,
    };
    const field = (name: string) => `--${name}`;
    checkExportInput(given, field);
    const target = values.out ? path.resolve(values.out) : null;
    if (format === 'csv' && target) await checkFolderFree(target);
    return withDatabase(ctx, async (db) => {
      const request = await exportRequest(db, given, field);
      const run = exportRun(db, request, (done, total) => ctx.say(`export: ${done} of ${total} quotes`));
      if (format === 'csv') {
        await writeFolder(run, target!, FORMATS.csv);
        ctx.say(`export: wrote ${FORMATS.csv.join(', ')} into ${target}`);
        return 0;
      }
      const [name] = FORMATS[format];
      if (!target) {
        for await (const chunk of EXPORT_FILES[name].write(run)) if (chunk) ctx.print(chunk);
        return 0;
      }
      const partial = `${target}.partial-${process.pid}`;
      try {
        await writeFile(run, name, partial);
        await rename(partial, target);
      } catch (err) {
        await rm(partial, { force: true });
        throw err;
      }
      ctx.say(`export: wrote ${target}`);
      return 0;
    });
  },
};

/** The CSV folder must not exist yet, or be empty: the export replaces it whole. */
async function checkFolderFree(target: string): Promise<void> {
  const found = await stat(target).catch(() => null);
  if (!found) return;
  if (!found.isDirectory() || (await readdir(target)).length)
    throw badInput('--out', `${target} exists: name a new (or empty) folder for the csv files`);
}

async function writeFile(run: ExportRun, name: keyof typeof EXPORT_FILES, file: string): Promise<void> {
  const out = createWriteStream(file, { flags: 'wx' });
  try {
    for await (const chunk of EXPORT_FILES[name].write(run)) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
  } catch (err) {
    out.destroy();
    throw err;
  }
}

/** The files into a folder beside the target, renamed to it when all are complete. */
async function writeFolder(run: ExportRun, target: string, names: readonly (keyof typeof EXPORT_FILES)[]) {
  const partial = `${target}.partial-${process.pid}`;
  await mkdir(partial);
  try {
    for (const name of names) await writeFile(run, name, path.join(partial, name));
    await checkFolderFree(target);
    await rmdir(target).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw new AppError('CONFLICT', `${target}: ${err.message}`);
    });
    await rename(partial, target);
  } catch (err) {
    await rm(partial, { recursive: true, force: true });
    throw err;
  }
}
