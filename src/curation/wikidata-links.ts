import type { CypherTx, Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { resolveEntityId } from '../queries/entity/resolve-entity-id.ts';
import { recordAudit } from './audit.ts';
import { entityIdArg, textArg } from './validate.ts';

/** A QID as Wikidata writes it (Q324546); lower case and spaces around are forgiven. */
function qidArg(value: string): string {
  const m = /^\s*(Q[1-9]\d{0,11})\s*$/i.exec(value);
  if (!m)
    throw badInput('qid', `${JSON.stringify(value.slice(0, 40))} is not a Wikidata item id (Q followed by digits)`);
  return m[1]!.toUpperCase();
}

/** The entity's Wikidata link as audit entries record it. */
async function linkState(tx: CypherTx, id: string, field: string, given: string) {
  const [row] = await tx.rows('curation/wikidata-link-state', { id });
  if (!row) throw new AppError('NOT_FOUND', `entity ${JSON.stringify(given)} not found`, { field });
  return row;
}

/**
 * A curator confirms or changes an entity's Wikidata item. The link is theirs from then on
 * (confidence 1, evidence naming them): linking passes keep it, the entity's review candidates go,
 * and an earlier rejection of the same item is withdrawn. Audited.
 */
export async function setWikidataLink(db: Database, who: string, entityId: string, qid: string): Promise<string> {
  const given = entityIdArg('entityId', entityId);
  const item = qidArg(qid);
  return db.write(async (tx) => {
    const id = await resolveEntityId(tx, given);
    const before = await linkState(tx, id, 'entityId', given);
    const evidence = JSON.stringify({ curated: true, who });
    await tx.rows('curation/set-wikidata-link', { id, qid: item, evidence });
    await recordAudit(tx, {
      who,
      operation: 'setWikidataLink',
      target: id,
      before,
      after: await linkState(tx, id, 'entityId', given),
    });
    return id;
  }, 'curation/set-wikidata-link');
}

/**
 * A curator rejects a Wikidata item for an entity: unlinked when it is the entity's link, its review
 * candidate dropped, and the rejection kept, so that no later linking pass links or proposes it
 * (src/wikidata/link-wikidata.ts reads the rejections first). Audited with the reason.
 */
export async function rejectWikidataLink(
  db: Database,
  who: string,
  entityId: string,
  qid: string,
  reason: string,
): Promise<string> {
  const given = entityIdArg('entityId', entityId);
  const item = qidArg(qid);
  const why = textArg('reason', reason, 1000, { multiline: true });
  return db.write(async (tx) => {
    const id = await resolveEntityId(tx, given);
    const before = await linkState(tx, id, 'entityId', given);
    await tx.rows('curation/reject-wikidata-link', { id, qid: item, reason: why, who });
    await recordAudit(tx, {
      who,
      operation: 'rejectWikidataLink',
      target: id,
      before,
      after: { ...(await linkState(tx, id, 'entityId', given)), rejected: item, reason: why },
    });
    return id;
  }, 'curation/reject-wikidata-link');
}
