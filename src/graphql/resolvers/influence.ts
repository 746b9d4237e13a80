import { computeInfluence } from '../../queries/influence/compute-influence.ts';
import { dateArg, firstArg, rangeArgs } from '../args.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';
import { requireEntities } from '../require-entities.ts';
import { rankedOffset, rankedPage } from '../ranked-cursor.ts';

export const influence: QueryResolvers['influence'] = async (_root, args, ctx) => {
  const { from, to } = rangeArgs(args.from, args.to);
  const asOf = dateArg('asOf', args.asOf);
  const first = firstArg(args.first, 20);
  const offset = rankedOffset('influence', args.after, first);
  const key = {
    from,
    to,
    asOf,
    about: args.about ?? null,
    algorithm: args.algorithm ?? 'PAGERANK',
    first: offset + first,
    includeRetracted: args.includeRetracted ?? false,
  };
  const scores = await ctx.influenceCache.get(key, () => computeInfluence(ctx.db, key));
  if (!scores.length) await requireEntities(ctx, [key.about]);
  return rankedPage('influence', scores, offset);
};
