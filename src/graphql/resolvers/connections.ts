import { AppError, badInput, notFound } from '../../errors/app-error.ts';
import { findConnections } from '../../queries/connection/find-connections.ts';
import { dateArg } from '../args.ts';
import { asOfKey } from '../../queries/loaders.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const MAX_HOPS = 4;

export const connections: QueryResolvers['connections'] = async (_root, args, ctx) => {
  const maxHops = args.maxHops ?? MAX_HOPS;
  if (!Number.isInteger(maxHops) || maxHops < 1) throw badInput('maxHops', `must be at least 1, got ${maxHops}`);
  // Path search grows exponentially with length: beyond 4 entity hops it is refused, not attempted.
  if (maxHops > MAX_HOPS)
    throw new AppError('QUERY_TOO_COMPLEX', `maxHops: at most ${MAX_HOPS}, got ${maxHops}`, { field: 'maxHops' });
  const asOf = dateArg('asOf', args.asOf);
  if (args.from === args.to) throw badInput('to', 'from and to are the same entity');
  // the loader follows merges: a merged-away id answers for the entity it went into
  const [a, b] = await ctx.loaders.entity.loadMany([asOfKey(args.from, null), asOfKey(args.to, null)]);
  if (!a || a instanceof Error) throw notFound('entity', args.from);
  if (!b || b instanceof Error) throw notFound('entity', args.to);
  return ctx.db.read(
    (tx) =>
      findConnections(tx, { from: a.id, to: b.id, maxHops, asOf, includeRetracted: args.includeRetracted ?? false }),
    'connections',
  );
};
