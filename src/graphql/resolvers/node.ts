import type { GraphQLContext } from '../context.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';
import { asOfKey } from '../../queries/loaders.ts';

/** The id's prefix says where to look (ids are minted by the loader: person:, org:, quote:, fact:, doc: ...). */
export async function nodeById(id: string, ctx: GraphQLContext) {
  const prefix = id.split(':')[0] ?? '';
  switch (prefix) {
    case 'quote':
    case 'claim':
    case 'event':
    case 'report':
    case 'fact':
      return (await ctx.loaders.fact.load(asOfKey(id, null))) as never;
    case 'doc':
      return ctx.loaders.document.load(id);
    default:
      return ctx.loaders.entity.load(asOfKey(id, null));
  }
}

export const node: QueryResolvers['node'] = (_root, { id }, ctx) => nodeById(id, ctx);
