import { confidenceArg, dateArg, decodeCursor, firstArg, rangeArgs } from '../args.ts';
import { readQuotes } from '../../queries/quote/read-quotes.ts';
import { connection } from '../connection.ts';
import { requireEntities } from '../require-entities.ts';
import { selects } from '../lookahead.ts';
import { primeEntities } from '../../queries/loaders.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';
import { storedMethod } from './types.ts';

/** fields of quotes that name entities: read in the quotes' own statement when asked for */
const RELATED = ['speaker'];

export const quotes: QueryResolvers['quotes'] = async (_root, args, ctx, info) => {
  const f = args.filter ?? {};
  const first = firstArg(args.first, 20);
  const afterKey = decodeCursor('after', args.after);
  const { from, to } = rangeArgs(f.from, f.to);
  const asOf = dateArg('asOf', f.asOf);
  const { total, page, related } = await ctx.db.read(
    (tx) =>
      readQuotes(tx, {
        speakerId: f.speakerId ?? null,
        aboutId: f.aboutId ?? null,
        from,
        to,
        text: f.text ?? null,
        lang: f.lang ?? null,
        outletId: f.outletId ?? null,
        asOf,
        afterKey,
        first,
        includeRetracted: args.includeRetracted ?? false,
        textDatedOnly: f.textDatedOnly ?? false,
        minConfidence: confidenceArg('minAttributionConfidence', f.minAttributionConfidence),
        methods: f.attributionMethods ? [...new Set(f.attributionMethods.map(storedMethod))] : null,
        withRelated: selects(info, RELATED, true),
      }),
    'quotes',
  );
  if (total === 0) await requireEntities(ctx, [f.speakerId, f.aboutId, f.outletId]);
  primeEntities(ctx.loaders, related.entities, asOf);
  return { ...connection(page, first, afterKey !== null, (p) => ({ key: p.key, node: p.quote })), totalCount: total };
};
