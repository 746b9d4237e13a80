import { badInput } from '../../errors/app-error.ts';
import { asQid, search as runSearch, searchByQid, toLucene } from '../../queries/search/search.ts';
import { firstArg } from '../args.ts';
import { rankedOffset, rankedPage } from '../ranked-cursor.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const search: QueryResolvers['search'] = async (_root, args, ctx) => {
  const first = firstArg(args.first, 10);
  const offset = rankedOffset('search', args.after, first);
  if (args.query.length > 500) throw badInput('query', 'at most 500 characters');
  const qid = asQid(args.query);
  if (qid)
    return rankedPage(
      'search',
      await ctx.db.read((tx) => searchByQid(tx, qid, args.kinds ?? null, offset + first), 'search'),
      offset,
    );
  const lucene = toLucene(args.query);
  if (!lucene) throw badInput('query', 'give at least one word');
  const hits = await ctx.db.read(
    (tx) => runSearch(tx, lucene, args.kinds ?? null, offset + first, args.includeRetracted ?? false),
    'search',
  );
  return rankedPage('search', hits, offset);
};
