import type { CypherTx } from '../../db/database.ts';
import type { IdentityJudgementModel, IdentityVerdict } from '../../model/index.ts';

/** The identity judgements curators made about an entity, by the other entity's id. */
export async function readIdentityJudgements(tx: CypherTx, entityId: string): Promise<IdentityJudgementModel[]> {
  const rows = await tx.rows('entity/identity-judgements', { ids: [entityId] });
  return rows.map((r) => ({
    entityId: r.entityId,
    otherId: r.otherId,
    verdict: r.judgement as IdentityVerdict,
    reason: r.reason,
    by: r.by,
    at: r.at,
  }));
}
