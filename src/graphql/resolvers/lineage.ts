import type { Database } from '../../db/database.ts';
import { notFound } from '../../errors/app-error.ts';
import { clusterOf } from '../../lineage/cluster-of.ts';
import { listClusters } from '../../lineage/list-clusters.ts';
import { asOfKey } from '../../queries/loaders.ts';
import { dateArg, rangeArgs } from '../args.ts';
import type { QueryResolvers, QuoteResolvers, ClaimResolvers } from '../resolvers-types.generated.ts';

/** at most this many clusters in one listing */
const LISTED = 50;

export const quoteCluster: QueryResolvers['quoteCluster'] = async (_root, args, ctx) => {
  const asOf = dateArg('asOf', args.asOf);
  const id = args.id.startsWith('cluster:') ? args.id.slice('cluster:'.length) : args.id;
  return ctx.db.read((tx) => clusterOf(tx, id, asOf), 'quoteCluster');
};

export const clusters: QueryResolvers['clusters'] = async (_root, args, ctx) => {
  const { from, to } = rangeArgs(args.from, args.to);
  const entity = await ctx.loaders.entity.load(asOfKey(args.speakerId, null));
  if (!entity) throw notFound('entity', args.speakerId);
  return ctx.db.read((tx) => listClusters(tx, { speakerId: entity.id, from, to, limit: LISTED }), 'clusters');
};

const clusterField = (f: { id: string; asOf: string | null }, ctx: { db: Database }) =>
  ctx.db.read((tx) => clusterOf(tx, f.id, f.asOf), 'Quote.cluster');

export const quoteClusterField: QuoteResolvers['cluster'] = (q, _a, ctx) => clusterField(q, ctx);
export const claimClusterField: ClaimResolvers['cluster'] = (c, _a, ctx) => clusterField(c, ctx);
