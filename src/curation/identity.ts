import type { Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import type { IdentityJudgementModel, IdentityVerdict } from '../model/index.ts';
import { resolveEntityId } from '../queries/entity/resolve-entity-id.ts';
import { recordAudit } from './audit.ts';
import { entityIdArg, textArg } from './validate.ts';

/**
 * A curator records whether two entities are one and the same, different, or unsure. One judgement per
 * pair; a later one replaces it (audited with the one before). "different" is binding: mergeEntities
 * refuses the pair and a Wikidata linking pass never links both to one item.
 */
export async function judgeIdentity(
  db: Database,
  who: string,
  entityId: string,
  otherId: string,
  verdict: IdentityVerdict,
  reason: string,
): Promise<IdentityJudgementModel> {
  const givenA = entityIdArg('entityId', entityId);
  const givenB = entityIdArg('otherId', otherId);
  const why = textArg('reason', reason, 1000, { multiline: true });
  return db.write(async (tx) => {
    const one = await resolveEntityId(tx, givenA);
    const other = await resolveEntityId(tx, givenB);
    if (one === other) throw badInput('otherId', `${givenB} is ${one} itself (or was merged into it)`);
    for (const [id, field, given] of [
      [one, 'entityId', givenA],
      [other, 'otherId', givenB],
    ] as const) {
      if (!(await tx.one('curation/entity-state', { id })))
        throw new AppError('NOT_FOUND', `entity ${JSON.stringify(given)} not found`, { field });
    }
    const [a, b] = [one, other].sort() as [string, string];
    const before = (await tx.rows('entity/identity-judgements', { ids: [a] })).find((r) => r.otherId === b) ?? null;
    const row = await tx.one('curation/judge-identity', {
      key: `${a}|${b}`,
      a,
      b,
      judgement: verdict,
      reason: why,
      who,
    });
    if (!row) throw new AppError('INTERNAL_SERVER_ERROR', 'the judgement was not written');
    await recordAudit(tx, { who, operation: 'judgeIdentity', target: `${a}|${b}`, before, after: row });
    return { entityId: one, otherId: other, verdict, reason: row.reason, by: row.by, at: row.at };
  }, 'curation/judge-identity');
}
