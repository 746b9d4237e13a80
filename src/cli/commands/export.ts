import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { badInput } from '../../errors/app-error.ts';
import { checkExportDays, exportFilter, quotesNdjson } from '../../export/quotes-ndjson.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

const FORMATS = ['ndjson'] as const;

/**
 * Exports the graph's quotes for scripts (docs/export.md): NDJSON, one quote per line with its speaker,
 * time and sources, to stdout or to the file --out names (written aside and renamed when complete, so a
 * failed export leaves no half file). The window (--from/--to), --asOf and --entity (a person's quotes,
 * or the quotes about any other entity) filter as the API's `quotes` does.
 */
export const exportCommand: Command = {
  path: ['export'],
  summary: 'export quotes with speakers, times and sources (NDJSON)',
  usage: 'export --format ndjson [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--asOf YYYY-MM-DD] [--entity ID] [--out FILE]',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        format: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        asOf: { type: 'string' },
        entity: { type: 'string' },
        out: { type: 'string' },
      },
    });
    const format = values.format;
    if (!format) throw badInput('--format', `give one of ${FORMATS.join(', ')}`);
    if (!(FORMATS as readonly string[]).includes(format))
      throw badInput('--format', `${format}: this version exports ${FORMATS.join(', ')}`);
    const given = {
      from: values.from ?? null,
      to: values.to ?? null,
      asOf: values.asOf ?? null,
      entity: values.entity ?? null,
    };
    checkExportDays(given, (name) => `--${name}`);
    return withDatabase(ctx, async (db) => {
      const filter = await exportFilter(db, given, (name) => `--${name}`);
      const lines = quotesNdjson(db, filter, (done, total) => ctx.say(`export: ${done} of ${total} quotes`));
      if (!values.out) {
        for await (const line of lines) ctx.print(line);
        return 0;
      }
      const target = path.resolve(values.out);
      const partial = `${target}.partial-${process.pid}`;
      const out = createWriteStream(partial, { flags: 'wx' });
      try {
        for await (const line of lines) if (!out.write(line)) await once(out, 'drain');
        out.end();
        await once(out, 'finish');
        await rename(partial, target);
      } catch (err) {
        out.destroy();
        await rm(partial, { force: true });
        throw err;
      }
      ctx.say(`export: wrote ${target}`);
      return 0;
    });
  },
};
