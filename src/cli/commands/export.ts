import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { isIsoCalendarDate } from '../../documents/calendar-date.ts';
import { AppError, badInput } from '../../errors/app-error.ts';
import { quotesNdjson } from '../../export/quotes-ndjson.ts';
import { resolveEntityId } from '../../queries/entity/resolve-entity-id.ts';
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
    for (const flag of ['from', 'to', 'asOf'] as const) {
      const v = values[flag];
      if (v !== undefined && !isIsoCalendarDate(v)) throw badInput(`--${flag}`, `${v}: give a day as YYYY-MM-DD`);
    }
    if (values.from && values.to && values.from > values.to)
      throw badInput('--to', `${values.to} is before --from ${values.from}`);
    return withDatabase(ctx, async (db) => {
      let speakerId: string | null = null;
      let aboutId: string | null = null;
      if (values.entity) {
        const given = values.entity;
        const id = await db.read((tx) => resolveEntityId(tx, given), 'export entity');
        const known = await db.read((tx) => tx.one('curation/entity-state', { id }), 'export entity');
        if (!known)
          throw new AppError('NOT_FOUND', `--entity: no entity ${JSON.stringify(given)} in the graph`, {
            field: '--entity',
          });
        if (id.startsWith('person:')) speakerId = id;
        else aboutId = id;
      }
      const lines = quotesNdjson(
        db,
        { speakerId, aboutId, from: values.from ?? null, to: values.to ?? null, asOf: values.asOf ?? null },
        (done, total) => ctx.say(`export: ${done} of ${total} quotes`),
      );
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
