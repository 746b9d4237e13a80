import type { CypherTx } from '../../db/database.ts';
import type { WikidataCandidateModel } from '../../model/index.ts';

/** Wikidata items kept for review, by entity and best first: one entity's, or every entity's. */
export function wikidataCandidates(
  tx: CypherTx,
  entityId: string | null,
  limit: number,
): Promise<WikidataCandidateModel[]> {
  return tx.rows('wikidata/candidates-for-review', { entityId, limit });
}
