import { badInput } from '../../errors/app-error.ts';
import { primeEntities, primeFacts } from '../../queries/loaders.ts';
import { asQid, search as runSearch, searchByQid, toLucene } from '../../queries/search/search.ts';
import { firstArg } from '../args.ts';
import { selects } from '../lookahead.ts';
import { rankedOffset, rankedPage } from '../ranked-cursor.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

/** fields of quotes and claims that name entities: read in the search's own statement when asked for */
const RELATED = ['speaker', 'about'];

export const search: QueryResolvers['search'] = async (_root, args, ctx, info) => {
  const first = firstArg(args.first, 10);
  const offset = rankedOffset('search', args.after, first);
  if (args.query.length > 500) throw badInput('query', 'at most 500 characters');
  const kinds = args.kinds ?? null;
  const qid = asQid(args.query);
  const lucene = toLucene(args.query); // a QID is a word too
  if (!lucene) throw badInput('query', 'give at least one word');
  const withRelated = selects(info, RELATED, true);
  const { hits, entities, facts } = await ctx.db.read(
    (tx) =>
      qid
        ? searchByQid(tx, qid, kinds, offset + first)
        : runSearch(tx, lucene, kinds, offset + first, args.includeRetracted ?? false, withRelated),
    'search',
  );
  primeEntities(ctx.loaders, entities, null);
  primeFacts(ctx.loaders, facts, null);
  return rankedPage('search', hits, offset);
};
