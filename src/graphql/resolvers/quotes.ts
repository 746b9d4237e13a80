import { dateArg, decodeCursor, encodeCursor, firstArg, rangeArgs } from '../args.ts';
import { readQuotes } from '../../queries/quote/read-quotes.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const quotes: QueryResolvers['quotes'] = async (_root, args, ctx) => {
  const f = args.filter ?? {};
  const first = firstArg(args.first, 20);
  const afterKey = decodeCursor('after', args.after);
  const { from, to } = rangeArgs(f.from, f.to);
  const asOf = dateArg('asOf', f.asOf);
  const { total, page } = await ctx.db.read((tx) => readQuotes(tx, {
    speakerId: f.speakerId ?? null, aboutId: f.aboutId ?? null, from, to, text: f.text ?? null, lang: f.lang ?? null,
    outletId: f.outletId ?? null, asOf, afterKey, first, includeRetracted: args.includeRetracted ?? false,
  }), 'quotes');
  const edges = page.slice(0, first).map((p) => ({ cursor: encodeCursor(p.key), node: p.quote }));
  return {
    edges,
    totalCount: total,
    pageInfo: { hasNextPage: page.length > first, hasPreviousPage: afterKey !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
};
