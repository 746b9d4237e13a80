import type { CypherTx } from '../../db/database.ts';
import type { CoMentionModel } from '../../model/index.ts';

export function readCoMentions(
  tx: CypherTx,
  p: { entityId: string; from: string | null; to: string | null; asOf: string | null; first: number },
): Promise<CoMentionModel[]> {
  return tx.rows('entity/co-mentions', p);
}
