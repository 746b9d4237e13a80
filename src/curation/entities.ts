import type { CypherTx, Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { entityIdFor } from '../extract/index.ts';
import { entityLabels, entityTypeOf, type EntityKind } from '../model/entity-kinds.ts';
import { resolveEntityId } from '../queries/entity/resolve-entity-id.ts';
import { recordAudit } from './audit.ts';
import { entityIdArg, textArg } from './validate.ts';

const state = (tx: CypherTx, id: string) => tx.one('curation/entity-state', { id });

export interface UpsertEntityInput {
  id?: string | null;
  kind: EntityKind;
  name: string;
  aliases?: readonly string[] | null;
}

/** Creates an entity or renames it and adds aliases; an id merged away resolves to the survivor. */
export async function upsertEntity(db: Database, who: string, input: UpsertEntityInput): Promise<string> {
  const name = textArg('input.name', input.name, 200);
  const aliases = (input.aliases ?? []).map((a, i) => textArg(`input.aliases[${i}]`, a, 200));
  if (aliases.length > 50) throw badInput('input.aliases', 'at most 50 aliases');
  const type = entityTypeOf(input.kind);
  const given =
    input.id === null || input.id === undefined ? entityIdFor(type, name) : entityIdArg('input.id', input.id);
  return db.write(async (tx) => {
    const id = await resolveEntityId(tx, given);
    const before = await state(tx, id);
    if (before && before.kind !== input.kind) {
      throw new AppError('CONFLICT', `${id} is a ${before.kind}, not a ${input.kind}; an entity's kind cannot change`, {
        field: 'input.kind',
      });
    }
    await tx.rows('curation/upsert-entity', { id, name, kind: input.kind, labels: entityLabels(type).labels, aliases });
    await recordAudit(tx, { who, operation: 'upsertEntity', target: id, before, after: await state(tx, id) });
    return id;
  }, 'curation/upsert-entity');
}

export async function addAlias(db: Database, who: string, entityId: string, alias: string): Promise<string> {
  const given = entityIdArg('entityId', entityId);
  const clean = textArg('alias', alias, 200);
  return db.write(async (tx) => {
    const id = await resolveEntityId(tx, given);
    const before = await state(tx, id);
    if (!before) throw new AppError('NOT_FOUND', `entity ${JSON.stringify(given)} not found`, { field: 'entityId' });
    await tx.rows('curation/add-alias', { id, alias: clean });
    await recordAudit(tx, { who, operation: 'addAlias', target: id, before, after: await state(tx, id) });
    return id;
  }, 'curation/add-alias');
}

/**
 * Folds `merge` into `keep`: relations, mentions, quotes said and sources move, aliases join, and
 * `merge` (with every id merged into it before) resolves to `keep` from then on.
 */
export async function mergeEntities(
  db: Database,
  who: string,
  keepId: string,
  mergeId: string,
): Promise<{ id: string; mergedIds: string[] }> {
  const keepGiven = entityIdArg('keep', keepId);
  const mergeGiven = entityIdArg('merge', mergeId);
  return db.write(async (tx) => {
    const keep = await resolveEntityId(tx, keepGiven);
    const merge = await resolveEntityId(tx, mergeGiven);
    if (keep === merge) throw badInput('merge', `${mergeGiven} is already ${keep}`);
    const [k, m] = [await state(tx, keep), await state(tx, merge)];
    if (!k) throw new AppError('NOT_FOUND', `entity ${JSON.stringify(keepGiven)} not found`, { field: 'keep' });
    if (!m) throw new AppError('NOT_FOUND', `entity ${JSON.stringify(mergeGiven)} not found`, { field: 'merge' });
    if (k.kind !== m.kind)
      throw new AppError('CONFLICT', `cannot merge a ${m.kind} into a ${k.kind}`, { field: 'merge' });
    const judged = (await tx.rows('entity/identity-judgements', { ids: [keep] })).find((j) => j.otherId === merge);
    if (judged?.judgement === 'different')
      throw new AppError(
        'CONFLICT',
        `${keep} and ${merge} were judged different by ${judged.by ?? 'a curator'} ` +
          `(${judged.reason ?? 'no reason'}); ` +
          'judge them same or unsure first (judgeIdentity)',
        { field: 'merge' },
      );
    const row = await tx.one('curation/merge-entities', { keep, merge });
    if (!row) throw new AppError('CONFLICT', 'an entity changed while merging; retry');
    await tx.rows('curation/collapse-mentions', { id: keep });
    await recordAudit(tx, {
      who,
      operation: 'mergeEntities',
      target: keep,
      before: { keep: k, merge: m },
      after: await state(tx, keep),
    });
    return row;
  }, 'curation/merge-entities');
}
