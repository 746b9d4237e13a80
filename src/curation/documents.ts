import type { Database } from '../db/database.ts';
import { AppError, badInput } from '../errors/app-error.ts';
import { documentId } from '../ingest/document-rows.ts';
import { recordAudit } from './audit.ts';
import { documentIdArg, textArg } from './validate.ts';

export interface RemovedDocument {
  documentId: string;
  /** facts only this document supported, now gone */
  deletedFacts: number;
  /** facts other documents (or a curator's retraction) keep, now without this source */
  keptFacts: number;
  /** entities left with no mention and no relation, now gone */
  deletedEntities: number;
  /** relations between entities it was the last support of, now gone */
  deletedRelations: number;
}

/** A document id as stored, or the id a url gives (the loader's formula: a url names its document). */
export function documentIdOf(field: string, idOrUrl: string): string {
  const given = idOrUrl.trim();
  if (/^https?:\/\//i.test(given)) return documentId({ url: given, contentHash: '' });
  if (given.startsWith('doc:')) return documentIdArg(field, given);
  throw badInput(field, 'not a document id (doc:…) or an http(s) url');
}

/**
 * Withdraws a document from the graph in one transaction: the document goes, and with it the facts
 * and relations only it supported and the entities nothing else names; facts and relations other
 * documents support stay with their other sources, their knownSince and timeline entries
 * recomputed; a retracted fact stays (the curator's decision outlives its source). The audit log
 * keeps who removed it, why, and what it was (url, title, content hash), so the removal can be
 * traced and the article ingested again.
 */
export async function removeDocument(
  db: Database,
  who: string,
  idOrUrl: string,
  reason: string,
): Promise<RemovedDocument> {
  const id = documentIdOf('id', idOrUrl);
  const why = textArg('reason', reason, 1000, { multiline: true });
  return db.write(async (tx) => {
    const before = await tx.one('curation/document-record', { id });
    if (!before) throw new AppError('NOT_FOUND', `document ${JSON.stringify(id)} not found`, { field: 'id' });
    // statements sent together run in order: the relations are unlinked while the mentions still exist
    const [unlinked, deleted] = await Promise.all([
      tx.one('ingest/unlink-document-relations', { id, keepCurated: false }),
      tx.one('ingest/delete-document', { id }),
    ]);
    const touched = [...new Set([...(unlinked?.factIds ?? []), ...(deleted?.keptFactIds ?? [])])];
    if (touched.length) await tx.rows('timeline/refresh-timeline-entries', { ids: touched });
    const removed: RemovedDocument = {
      documentId: id,
      deletedFacts: deleted?.deletedFacts ?? 0,
      keptFacts: deleted?.keptFactIds.length ?? 0,
      deletedEntities: deleted?.deletedEntities ?? 0,
      deletedRelations: unlinked?.deleted ?? 0,
    };
    await recordAudit(tx, { who, operation: 'removeDocument', target: id, before, after: { reason: why, ...removed } });
    return removed;
  }, 'curation/remove-document');
}
