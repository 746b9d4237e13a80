import type { CypherTx, Database } from '../db/database.ts';
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
    // a withdrawn document is first what it was, so that its removal takes what only it supported
    const withdrawn = await tx.one('curation/withdrawn-document-record', { id });
    if (withdrawn) await restoreIn(tx, id);
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
    await recordAudit(tx, {
      who,
      operation: 'removeDocument',
      target: id,
      before: withdrawn ? { ...before, withdrawn } : before,
      after: { reason: why, ...removed },
    });
    return removed;
  }, 'curation/remove-document');
}

export interface WithdrawnDocument {
  documentId: string;
  /** facts only this document supported: hidden as retracted facts are, shown again by a restore */
  hiddenFacts: number;
  /** facts other documents support: kept, without this source */
  keptFacts: number;
  /** relations between entities it was the last support of: hidden */
  hiddenRelations: number;
}

/**
 * Withdraws a document without deleting it, in one transaction: it leaves every read (document,
 * sources, spans, search, timelines, influence), the facts and relations only it supported are
 * hidden as retracted ones are (with the reason, visible with includeRetracted), those other
 * documents support keep their other sources, and knownSince and timeline entries are recomputed.
 * Ingest refuses it while it is withdrawn; restoreDocument brings everything back and
 * removeDocument deletes it. Audited with the reason.
 */
export async function withdrawDocument(
  db: Database,
  who: string,
  idOrUrl: string,
  reason: string,
): Promise<WithdrawnDocument> {
  const id = documentIdOf('id', idOrUrl);
  const why = textArg('reason', reason, 1000, { multiline: true });
  return db.write(async (tx) => {
    const before = await tx.one('curation/document-record', { id });
    if (!before) {
      const already = await tx.one('curation/withdrawn-document-record', { id });
      if (already)
        throw new AppError(
          'CONFLICT',
          `document ${JSON.stringify(id)} was withdrawn already (${already.withdrawnAt} by ${already.withdrawnBy})`,
          { field: 'id' },
        );
      throw new AppError('NOT_FOUND', `document ${JSON.stringify(id)} not found`, { field: 'id' });
    }
    const hiddenReason = `its only source, document ${id}, was withdrawn: ${why}`;
    // statements sent together run in order: the relations are set aside while the document is still read
    const [relations, facts] = await Promise.all([
      tx.one('curation/withdraw-document-relations', { id, who, hiddenReason }),
      tx.one('curation/withdraw-document', { id, who, reason: why, hiddenReason }),
    ]);
    const touched = [...new Set([...(relations?.factIds ?? []), ...(facts?.factIds ?? [])])];
    if (touched.length) await tx.rows('timeline/refresh-timeline-entries', { ids: touched });
    const hiddenFacts = facts?.hiddenFacts ?? 0;
    const result: WithdrawnDocument = {
      documentId: id,
      hiddenFacts,
      keptFacts: (facts?.factIds.length ?? 0) - hiddenFacts,
      hiddenRelations: relations?.hidden ?? 0,
    };
    await recordAudit(tx, {
      who,
      operation: 'withdrawDocument',
      target: id,
      before,
      after: { reason: why, ...result },
    });
    return result;
  }, 'curation/withdraw-document');
}

export interface RestoredDocument {
  documentId: string;
  /** facts its withdrawal had hidden, shown again */
  shownFacts: number;
  /** relations its withdrawal had hidden, shown again */
  shownRelations: number;
}

/** The restore's statements, inside the caller's transaction; null when no such withdrawn document. */
async function restoreIn(tx: CypherTx, id: string): Promise<RestoredDocument | null> {
  // statements sent together run in order: the document is read again before its relations take it back
  const [facts, relations] = await Promise.all([
    tx.one('curation/restore-document', { id }),
    tx.one('curation/restore-document-relations', { id }),
  ]);
  if (!facts) return null;
  const touched = [...new Set([...(relations?.factIds ?? []), ...facts.factIds])];
  if (touched.length) await tx.rows('timeline/refresh-timeline-entries', { ids: touched });
  return { documentId: id, shownFacts: facts.shownFacts, shownRelations: relations?.shown ?? 0 };
}

/** Undoes withdrawDocument in one transaction: the document and what its withdrawal hid are read again. Audited. */
export async function restoreDocument(db: Database, who: string, idOrUrl: string): Promise<RestoredDocument> {
  const id = documentIdOf('id', idOrUrl);
  return db.write(async (tx) => {
    const before = await tx.one('curation/withdrawn-document-record', { id });
    if (!before) {
      const live = await tx.one('curation/document-exists', { id });
      throw new AppError(
        live ? 'CONFLICT' : 'NOT_FOUND',
        live ? `document ${JSON.stringify(id)} is not withdrawn` : `document ${JSON.stringify(id)} not found`,
        { field: 'id' },
      );
    }
    const restored = (await restoreIn(tx, id))!;
    await recordAudit(tx, { who, operation: 'restoreDocument', target: id, before, after: restored });
    return restored;
  }, 'curation/restore-document');
}
