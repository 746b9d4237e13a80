import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isIsoCalendarDate } from '../../documents/calendar-date.ts';
import { badInput } from '../../errors/app-error.ts';
import { dropLinkState } from '../../wikidata/link-state.ts';
import { linkWikidata } from '../../wikidata/link-wikidata.ts';
import type { Command } from '../command.ts';
import { progressLine } from '../progress-line.ts';
import { withDatabase } from '../with-database.ts';

/**
 * Links the graph's entities to Wikidata from files in Wikidata's own JSON (the full dump, plain,
 * .gz or .bz2; JSON lines; Special:EntityData files), offline: one fitting item links, several
 * stay as candidates for review. Running it again with the same files changes nothing.
 */
export const wikidataLink: Command = {
  path: ['wikidata', 'link'],
  summary: 'link entities to Wikidata items from dump, JSON-lines or entity files',
  usage: 'wikidata link FILE… [--as-of YYYY-MM-DD] [--batch N] [--state FILE] [--restart] [--json]',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        batch: { type: 'string' },
        state: { type: 'string' },
        restart: { type: 'boolean' },
        'as-of': { type: 'string' },
      },
    });
    if (!positionals.length) {
      ctx.say('wikidata link: give one or more Wikidata JSON files (latest-all.json[.gz|.bz2], .jsonl, Q42.json)');
      return 2;
    }
    const batchSize = values.batch === undefined ? 500 : Number(values.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw badInput('--batch', 'give a whole number of rows, 1 or more');
    const asOf = values['as-of'];
    if (asOf !== undefined && !isIsoCalendarDate(asOf))
      throw badInput('--as-of', `${asOf}: give the day the files were dumped as YYYY-MM-DD`);
    // a mistyped path fails before Neo4j is found or started
    for (const file of positionals) {
      await access(file).catch(() => {
        throw badInput('FILE', `${file}: no such file or not readable`);
      });
    }
    // the checkpoint a stopped pass goes on from: one pass at a time per data folder
    const statePath = path.resolve(values.state ?? path.join(ctx.config.local.dataDir, 'wikidata-link.state.json'));
    if (values.restart) await dropLinkState(statePath);
    await mkdir(path.dirname(statePath), { recursive: true });
    return withDatabase(ctx, async (db) => {
      const progress = progressLine(process.stderr);
      const s = await linkWikidata(db, positionals, {
        statePath,
        batchSize,
        ...(asOf ? { asOf } : {}),
        onProgress: (read, seconds) => {
          const rate = Math.round(read / Math.max(seconds, 0.001)).toLocaleString('en');
          progress(`read ${read.toLocaleString('en')} entities · ${rate}/s`);
        },
      });
      progress.done();
      if (values.json) {
        ctx.print(JSON.stringify(s));
        return 0;
      }
      if (s.resumedFrom)
        ctx.say(
          s.resumedFrom.file
            ? `Went on from ${s.resumedFrom.file} after line ${s.resumedFrom.line} (checkpoint ${statePath}).`
            : `Every file had been read (checkpoint ${statePath}); wrote the links.`,
        );
      for (const m of s.malformedLines) ctx.say(`${m.file}:${m.line}: skipped, not a Wikidata entity: ${m.reason}`);
      if (s.malformed > s.malformedLines.length)
        ctx.say(`… and ${s.malformed - s.malformedLines.length} more malformed lines skipped.`);
      ctx.print(
        `${s.entitiesRead} Wikidata entities read in ${s.seconds.toFixed(1)} s ` +
          `(${s.entitiesPerSecond} entities/s; ${s.malformed} malformed lines skipped); ` +
          `${s.links} links (${s.linksChanged} new or changed), ` +
          `${s.candidates} candidates kept for review (${s.candidatesCreated} new).`,
      );
      const st = s.statements;
      const documents = st.documents.created + st.documents.replaced + st.documents.unchanged;
      ctx.print(
        `Dated statements: ${st.relations} facts in ${documents} ` +
          `Wikidata documents (${st.documents.created} new, ${st.documents.replaced} replaced); not imported: ` +
          `${st.skipped.otherEndNotInGraph} with the other end outside the graph, ${st.skipped.positionNotRead} ` +
          `with a position not read, ${st.deprecated} deprecated.`,
      );
      return 0;
    });
  },
};
