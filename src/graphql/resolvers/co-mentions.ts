import { notFound } from '../../errors/app-error.ts';
import { readCoMentions } from '../../queries/entity/read-co-mentions.ts';
import { dateArg, firstArg, rangeArgs } from '../args.ts';
import { asOfKey } from '../../queries/loaders.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';
import { rankedOffset, rankedPage } from '../ranked-cursor.ts';

export const coMentions: QueryResolvers['coMentions'] = async (_root, args, ctx) => {
  const { from, to } = rangeArgs(args.from, args.to);
  const first = firstArg(args.first, 20);
  // the loader follows merges: a merged-away id answers for the entity it went into
  const entity = await ctx.loaders.entity.load(asOfKey(args.entityId, null));
  if (!entity) throw notFound('entity', args.entityId);
  const offset = rankedOffset('coMentions', args.after, first);
  const listed = await ctx.db.read(
    (tx) => readCoMentions(tx, { entityId: entity.id, from, to, asOf: dateArg('asOf', null), first: offset + first }),
    'coMentions',
  );
  return rankedPage('coMentions', listed, offset);
};
