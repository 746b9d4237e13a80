import type { CypherTx } from '../db/database.ts';
import type { QuoteClusterModel } from '../model/index.ts';
import { clustersOf } from './cluster-of.ts';

/** renderings read for one listing: their clusters are computed in turn */
const RENDERINGS = 500;
/** at most this many clusters in one listing (the API's `clusters`, priced by the cost limit) */
export const LISTED_CLUSTERS = 50;

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
  const byRendering = await clustersOf(
    tx,
    rows.map((r) => r.id),
    null,
    filter.limit,
  );
  const out: QuoteClusterModel[] = [];
  for (const cluster of byRendering.values())
    if (cluster && out.length < filter.limit && !out.includes(cluster)) out.push(cluster);
  return out;
}
