import { parseArgs } from 'node:util';
import { isIsoCalendarDate } from '../../documents/calendar-date.ts';
import { badInput } from '../../errors/app-error.ts';
import { listClusters } from '../../lineage/list-clusters.ts';
import type { QuoteClusterModel } from '../../model/index.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

/** The scoring contract of issue 22: one object, clusters with their variants and documents (and a summary). */
export function clustersJson(clusters: readonly QuoteClusterModel[]) {
  return {
    clusters: clusters.map((c) => ({
      id: c.id,
      speaker: 'speakerId' in c.origin ? c.origin.speakerId : null,
      said: c.origin.edtf ?? null,
      summary: c.summary,
      variants: c.variants.map((v) => ({
        text: 'text' in v.quote ? v.quote.text : '',
        lang: v.lang,
        kind: v.kind.toLowerCase().replace('_', '-'),
        confidence: v.confidence,
        documents: v.quote.sources.map((s) => ({ url: s.document.url, publishedAt: s.document.publishedAt })),
      })),
    })),
  };
}

/**
 * Lists the clusters of renderings (quote lineage, docs/lineage.md): a speaker's, or everyone's, in
 * a window of first publication; --format json prints the scoring contract of issue 22.
 */
export const quotesClusters: Command = {
  path: ['quotes', 'clusters'],
  summary: 'list the renderings of each statement across outlets and languages',
  usage: 'quotes clusters [--speaker ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--limit N] [--format text|json]',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        speaker: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        limit: { type: 'string' },
        format: { type: 'string' },
      },
    });
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw badInput('--format', `${format}: give text or json`);
    for (const flag of ['from', 'to'] as const) {
      const v = values[flag];
      if (v !== undefined && !isIsoCalendarDate(v)) throw badInput(`--${flag}`, `${v}: give a day as YYYY-MM-DD`);
    }
    const limit = values.limit === undefined ? 50 : Number(values.limit);
    if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
      throw badInput('--limit', 'give a whole number of clusters, 1 to 1000');
    return withDatabase(ctx, async (db) => {
      const found = await db.read(
        (tx) =>
          listClusters(tx, {
            speakerId: values.speaker ?? null,
            from: values.from ?? null,
            to: values.to ?? null,
            limit,
          }),
        'quotes clusters',
      );
      if (format === 'json') {
        ctx.print(`${JSON.stringify(clustersJson(found), null, 2)}\n`);
        return 0;
      }
      for (const c of found) {
        ctx.print(`${c.id}: ${c.summary}\n`);
        for (const v of c.variants)
          ctx.print(
            `  ${v.kind.toLowerCase().padEnd(14)} ${v.lang} ${v.confidence.toFixed(2)} ` +
              `${'text' in v.quote ? v.quote.text : ''}${v.misattributed ? '  [speaker disputed]' : ''}` +
              ` (${v.outlets.join(', ')})\n`,
          );
      }
      if (!found.length) ctx.say('no clusters: no quote or claim in the window has another rendering');
      return 0;
    });
  },
};
