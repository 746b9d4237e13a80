import { access } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { badInput } from '../../errors/app-error.ts';
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
  usage: 'wikidata link FILE… [--batch N] [--json]',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, batch: { type: 'string' } },
    });
    if (!positionals.length) {
      ctx.say('wikidata link: give one or more Wikidata JSON files (latest-all.json[.gz|.bz2], .jsonl, Q42.json)');
      return 2;
    }
    const batchSize = values.batch === undefined ? 500 : Number(values.batch);
    if (!Number.isInteger(batchSize) || batchSize < 1)
      throw badInput('--batch', 'give a whole number of rows, 1 or more');
    // a mistyped path fails before Neo4j is found or started
    for (const file of positionals) {
      await access(file).catch(() => {
        throw badInput('FILE', `${file}: no such file or not readable`);
      });
    }
    return withDatabase(ctx, async (db) => {
      const progress = progressLine(process.stderr);
      const s = await linkWikidata(db, positionals, {
        batchSize,
        onProgress: (read, seconds) =>
          progress(
            `read ${read.toLocaleString('en')} entities · ${Math.round(read / Math.max(seconds, 0.001)).toLocaleString('en')}/s`,
          ),
      });
      progress.done();
      if (values.json) ctx.print(JSON.stringify(s));
      else
        ctx.print(
          `${s.entitiesRead} Wikidata entities read in ${s.seconds.toFixed(1)} s (${s.entitiesPerSecond} entities/s); ` +
            `${s.links} links (${s.linksChanged} new or changed), ${s.candidates} candidates kept for review (${s.candidatesCreated} new).`,
        );
      return 0;
    });
  },
};
