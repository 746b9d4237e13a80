import type { Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { resolveEntityId } from '../queries/entity/resolve-entity-id.ts';
import { recordAudit } from './audit.ts';
import { documentIdArg, entityIdArg, textArg } from './validate.ts';

export interface SplitMentionInput {
  /** the entity the extractor joined the mention to */
  entityId: string;
  documentId: string;
  /** the words of the mention, as the document writes them ("Mr Alexander") */
  mention: string;
  /** the entity they name (create it first with upsertEntity when it is new) */
  intoId: string;
}

export interface SplitMention {
  /** spans of the document that moved */
  spans: number;
  /** quotes and claims whose cue names the mention: now said by `intoId` (as corrections) */
  reattributed: string[];
}

/**
 * Undoes a wrong join of one mention, in one document: the spans whose words are `mention` move from
 * the entity to `intoId`, and the quotes and claims the extractor gave the entity through those words
 * (their cue names them) are given to `intoId` as curator corrections. Both are kept apart from what
 * the extractor writes (a MentionSplit node, Correction nodes), so a new version of the article or a
 * re-extraction keeps the split. Audited.
 */
export async function splitMention(db: Database, who: string, input: SplitMentionInput): Promise<SplitMention> {
  const fromGiven = entityIdArg('input.entityId', input.entityId);
  const intoGiven = entityIdArg('input.intoId', input.intoId);
  const docId = documentIdArg('input.documentId', input.documentId);
  const surface = textArg('input.mention', input.mention, 200);
  return db.write(async (tx) => {
    const [fromId, intoId] = [await resolveEntityId(tx, fromGiven), await resolveEntityId(tx, intoGiven)];
    if (fromId === intoId) throw badInput('input.intoId', 'is the entity the mention is split from');
    for (const [field, id] of [
      ['input.entityId', fromId],
      ['input.intoId', intoId],
    ] as const)
      if (!(await tx.one('curation/entity-state', { id })))
        throw new AppError('NOT_FOUND', `entity ${JSON.stringify(id)} not found`, { field });
    const recorded = await tx.one('curation/record-mention-split', { docId, fromId, surface, toId: intoId, who });
    if (!recorded)
      throw new AppError(
        'NOT_FOUND',
        `document ${JSON.stringify(docId)} does not mention ${fromId} as ${JSON.stringify(surface)}`,
        { field: 'input.mention' },
      );
    const said = await tx.rows('curation/facts-said-by-mention', { docId, fromId, surface });
    const reattributed = said.map((f) => f.id);
    const correction = { setSpeaker: true, speakerId: intoId, setTime: false, who };
    const noTime = { edtf: null, earliest: null, latest: null, precision: null };
    // statements sent together go in one round trip and run in order: each fact's correction is
    // recorded, then applied, the spans move, and only then is the timeline rewritten
    const corrections = reattributed.map((id) => tx.one('curation/correct-fact', { id, ...correction, ...noTime }));
    const applied = reattributed.length
      ? tx.one('ingest/apply-corrections', { facts: reattributed.map((id) => ({ id, textId: null })), docId: null })
      : null;
    const moved = tx.one('ingest/apply-mention-splits', { docId });
    const factIds = tx.rows('ingest/document-fact-ids', { id: docId });
    await Promise.all([...corrections, applied, moved]);
    const facts = await factIds;
    const touched = [...new Set([...reattributed, ...facts.map((f) => f.id)])];
    if (touched.length) await tx.rows('timeline/refresh-timeline-entries', { ids: touched });
    const result: SplitMention = { spans: recorded.spans, reattributed };
    await recordAudit(tx, {
      who,
      operation: 'splitMention',
      target: fromId,
      before: { documentId: docId, mention: surface, entityId: fromId },
      after: { intoId, ...result },
    });
    return result;
  }, 'curation/split-mention');
}
