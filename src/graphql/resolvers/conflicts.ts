import { notFound } from '../../errors/app-error.ts';
import { readConflicts } from '../../queries/conflict/read-conflicts.ts';
import { asOfKey } from '../../queries/loaders.ts';
import { dateArg, rangeArgs } from '../args.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const conflicts: QueryResolvers['conflicts'] = async (_root, args, ctx) => {
  const { from, to } = rangeArgs(args.from, args.to);
  const asOf = dateArg('asOf', args.asOf);
  // the loader follows merges: a merged-away id answers for the entity it went into
  const entity = await ctx.loaders.entity.load(asOfKey(args.entityId, null));
  if (!entity) throw notFound('entity', args.entityId);
  return ctx.db.read(
    (tx) =>
      readConflicts(tx, {
        entityId: entity.id,
        from,
        to,
        asOf,
        kinds: args.kinds ?? null,
        includeResolved: args.includeResolved ?? false,
      }),
    'conflicts',
  );
};
