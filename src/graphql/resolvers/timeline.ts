import { notFound } from '../../errors/app-error.ts';
import { readTimeline } from '../../queries/timeline/read-timeline.ts';
import { dateArg, decodeCursor, firstArg, idsArg, rangeArgs } from '../args.ts';
import { connection } from '../connection.ts';
import { selects } from '../lookahead.ts';
import { primeEntities, primeFacts } from '../../queries/loaders.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

/** fields of timeline items that the loaders answer: read in the page's own statement when asked for */
const RELATED = ['speaker', 'event', 'publisher', 'place', 'about', 'person', 'organization'];

export const timeline: QueryResolvers['timeline'] = async (_root, args, ctx, info) => {
  const entityIds = idsArg('entityIds', args.entityIds);
  const { from, to } = rangeArgs(args.from, args.to);
  const asOf = dateArg('asOf', args.asOf);
  const first = firstArg(args.first, 50);
  const afterKey = decodeCursor('after', args.after);
  const result = await ctx.db.read(
    (tx) =>
      readTimeline(tx, {
        entityIds,
        from,
        to,
        kinds: args.kinds ?? null,
        asOf,
        afterKey,
        first,
        withUndated: selects(info, ['undated']),
        includeRetracted: args.includeRetracted ?? false,
        textDatedOnly: args.textDatedOnly ?? false,
        withRelated: selects(info, RELATED, true),
      }),
    'timeline',
  );
  const missing = entityIds.find((id) => !result.found.includes(id));
  if (missing) throw notFound('entity', missing);
  primeFacts(ctx.loaders, result.related.facts, asOf);
  primeEntities(ctx.loaders, result.related.entities, asOf);
  const page = connection(result.page, first, afterKey !== null, (p) => ({ key: p.key, node: p.fact }));
  return { ...page, totalCount: result.total, undated: result.undated };
};
