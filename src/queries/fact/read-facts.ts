import type { CypherTx } from '../../db/database.ts';
import type { FactModel } from '../../model/index.ts';
import { toFact } from './fact-row.ts';

export async function readFacts(tx: CypherTx, ids: readonly string[], asOf: string | null): Promise<FactModel[]> {
  const rows = await tx.rows('fact/facts-by-id', { ids, asOf });
  return rows.map((r) => toFact(r.item, asOf));
}
