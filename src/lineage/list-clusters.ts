import type { CypherTx } from '../db/database.ts';
import type { QuoteClusterModel } from '../model/index.ts';
import { clusterOf } from './cluster-of.ts';

/** renderings read for one listing: their clusters are computed in turn */
const RENDERINGS = 500;

/**
 * The clusters of a speaker's quotes and claims (everyone's when speakerId is null) first known in
 * [from, to], oldest first, each once: a rendering already shown in a cluster is not asked again.
 */
export async function listClusters(
  tx: CypherTx,
  filter: { speakerId: string | null; from: string | null; to: string | null; limit: number },
): Promise<QuoteClusterModel[]> {
  const rows = await tx.rows('lineage/renderings-of-speaker', {
    speakerId: filter.speakerId,
    from: filter.from,
    to: filter.to,
    limit: RENDERINGS,
  });
  const shown = new Set<string>();
  const out: QuoteClusterModel[] = [];
  for (const { id } of rows) {
    if (out.length >= filter.limit) break;
    if (shown.has(id)) continue;
    shown.add(id);
    const cluster = await clusterOf(tx, id, null);
    if (!cluster) continue;
    for (const v of cluster.variants) shown.add(v.quote.id);
    if (!out.some((c) => c.id === cluster.id)) out.push(cluster);
  }
  return out;
}
