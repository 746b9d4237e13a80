import type { CypherTx } from '../../db/database.ts';
import type { RoleChangeModel } from '../../model/index.ts';
import { toFact } from '../fact/fact-row.ts';

/** Role changes per entity id (held by a person, or held in an organization). */
export async function readRoles(
  tx: CypherTx,
  ids: readonly string[],
  asOf: string | null,
): Promise<Map<string, RoleChangeModel[]>> {
  const rows = await tx.rows('entity/roles-of-entities', { ids, asOf });
  const out = new Map<string, RoleChangeModel[]>();
  for (const r of rows) {
    const list = out.get(r.entityId) ?? [];
    list.push(toFact(r.item, asOf) as RoleChangeModel);
    out.set(r.entityId, list);
  }
  return out;
}
