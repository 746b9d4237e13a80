import type { Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { resolveEntityId } from '../queries/entity/resolve-entity-id.ts';
import { recordAudit } from './audit.ts';
import { entityIdArg, textArg } from './validate.ts';

/**
 * Undoes mergeEntities: `merged` (the id that was merged away) comes back as it was, with the
 * relationships, mentions, aliases and merged ids it brought, and its timeline again; `keep` (the
 * entity that holds them now: the one it was merged into, or what that was merged into later) keeps
 * everything else, including what articles ingested after the merge added to it. Merges made
 * before unmerge existed kept no record of what moved and are refused.
 */
export async function unmergeEntities(
  db: Database,
  who: string,
  keepId: string,
  mergedId: string,
  reason: string,
): Promise<{ keep: string; restored: string; moved: number }> {
  const keepGiven = entityIdArg('keep', keepId);
  const merged = entityIdArg('merged', mergedId);
  const why = textArg('reason', reason, 1000, { multiline: true });
  if (keepGiven === merged)
    throw badInput('keep', `keep names the entity ${merged} was merged into, not ${merged} itself`);
  return db.write(async (tx) => {
    const keep = await resolveEntityId(tx, keepGiven);
    const snapshot = await tx.one('curation/merge-snapshot', { id: merged });
    if (!snapshot) {
      const exists = await tx.one('curation/entity-state', { id: merged });
      throw exists
        ? badInput('merged', `${merged} is an entity of its own, not merged into another`)
        : new AppError(
            'NOT_FOUND',
            `no merge of ${JSON.stringify(merged)} to undo (never merged, or merged before unmergeEntities ` +
              'recorded what a merge moves)',
            { field: 'merged' },
          );
    }
    if (snapshot.current !== keep)
      throw new AppError(
        'CONFLICT',
        `${merged} was merged into ${snapshot.into} and now resolves to ${snapshot.current ?? 'nothing'}, ` +
          `not to ${keep}`,
        { field: 'keep' },
      );
    const before = await tx.one('curation/entity-state', { id: keep });
    const row = await tx.one('curation/unmerge-entity', { keep, merge: merged });
    if (!row) throw new AppError('CONFLICT', `${merged} could not be restored (it exists again); nothing changed`);
    await tx.rows('curation/unmerge-mentions', { keep, merge: merged });
    // only the restored entity's facts change members; refreshing them also drops keep's entries there
    const facts = (await tx.rows('curation/facts-of-entities', { ids: [merged] })).map((r) => r.id);
    if (facts.length) await tx.rows('timeline/refresh-timeline-entries', { ids: facts });
    await recordAudit(tx, {
      who,
      operation: 'unmergeEntities',
      target: keep,
      before: { keep: before, merge: { id: merged, mergedAt: snapshot.at, into: snapshot.into } },
      after: {
        keep: await tx.one('curation/entity-state', { id: keep }),
        restored: await tx.one('curation/entity-state', { id: merged }),
        moved: row.moved,
        reason: why,
      },
    });
    return { keep, restored: merged, moved: row.moved };
  }, 'curation/unmerge-entity');
}
