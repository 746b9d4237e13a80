import DataLoader from 'dataloader';
import { notFound } from '../../errors/app-error.ts';
import { clusterOf, clustersOf } from '../../lineage/cluster-of.ts';
import { LISTED_CLUSTERS, listClusters } from '../../lineage/list-clusters.ts';
import type { QuoteClusterModel } from '../../model/index.ts';
import { asOfKey, type Loaders } from '../../queries/loaders.ts';
import type { GraphQLContext } from '../context.ts';
import { dateArg, rangeArgs } from '../args.ts';
import type {
  ClaimResolvers,
  LineageCitationResolvers,
  QueryResolvers,
  QuoteResolvers,
} from '../resolvers-types.generated.ts';

export const quoteCluster: QueryResolvers['quoteCluster'] = async (_root, args, ctx) => {
  const asOf = dateArg('asOf', args.asOf);
  const id = args.id.startsWith('cluster:') ? args.id.slice('cluster:'.length) : args.id;
  return ctx.db.read((tx) => clusterOf(tx, id, asOf), 'quoteCluster');
};

export const clusters: QueryResolvers['clusters'] = async (_root, args, ctx) => {
  const { from, to } = rangeArgs(args.from, args.to);
  const entity = await ctx.loaders.entity.load(asOfKey(args.speakerId, null));
  if (!entity) throw notFound('entity', args.speakerId);
  return ctx.db.read((tx) => listClusters(tx, { speakerId: entity.id, from, to, limit: LISTED_CLUSTERS }), 'clusters');
};

/**
 * Quote.cluster and Claim.cluster of one request, batched: the quotes of a page are answered in one
 * read, and a quote already in another's cluster costs nothing more (clustersOf). Per request, like
 * the other loaders (keyed on them).
 */
const clusterLoaders = new WeakMap<Loaders, Map<string, DataLoader<string, QuoteClusterModel | null>>>();
function clusterLoader(ctx: GraphQLContext, asOf: string | null): DataLoader<string, QuoteClusterModel | null> {
  const byAsOf = clusterLoaders.get(ctx.loaders) ?? new Map<string, DataLoader<string, QuoteClusterModel | null>>();
  clusterLoaders.set(ctx.loaders, byAsOf);
  let loader = byAsOf.get(asOf ?? '');
  if (!loader) {
    loader = new DataLoader(async (ids: readonly string[]) => {
      const found = await ctx.db.read((tx) => clustersOf(tx, ids, asOf), 'Quote.cluster');
      return ids.map((id) => found.get(id) ?? null);
    });
    byAsOf.set(asOf ?? '', loader);
  }
  return loader;
}

export const quoteClusterField: QuoteResolvers['cluster'] = (q, _a, ctx) => clusterLoader(ctx, q.asOf).load(q.id);
export const claimClusterField: ClaimResolvers['cluster'] = (c, _a, ctx) => clusterLoader(ctx, c.asOf).load(c.id);

export const LineageCitation: LineageCitationResolvers = {
  outlet: async (c, _a, ctx) => {
    const outlet = await ctx.loaders.entity.load(asOfKey(c.outletId, null));
    if (!outlet) throw notFound('entity', c.outletId);
    return outlet;
  },
};
