import { badInput } from '../../errors/app-error.ts';
import { asQid, search as runSearch, searchByQid, toLucene } from '../../queries/search/search.ts';
import { firstArg } from '../args.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const search: QueryResolvers['search'] = async (_root, args, ctx) => {
  const first = firstArg(args.first, 10);
  if (args.query.length > 500) throw badInput('query', 'at most 500 characters');
  const qid = asQid(args.query);
  if (qid) return ctx.db.read((tx) => searchByQid(tx, qid, args.kinds ?? null, first), 'search');
  const lucene = toLucene(args.query);
  if (!lucene) throw badInput('query', 'give at least one word');
  return ctx.db.read(
    (tx) => runSearch(tx, lucene, args.kinds ?? null, first, args.includeRetracted ?? false),
    'search',
  );
};
