import type { CypherTx } from '../db/database.ts';
import { AppError } from '../errors/app-error.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import { documentId, documentRows } from './document-rows.ts';
import { followRedirects } from './follow-redirects.ts';
import { touchedFactIds } from './touched-facts.ts';
import { resolveEntityIds } from '../queries/entity/resolve-entity-id.ts';

export type WriteStatus = 'created' | 'replaced' | 'unchanged';

export interface WriteResult {
  documentId: string;
  status: WriteStatus;
  quotes: number;
  claims: number;
  entities: number;
  events: number;
  reports: number;
  relations: number;
}

/**
 * Writes one extracted document inside the caller's transaction, so a document is stored whole or
 * not at all. The same content by the same extractor version in the same language changes nothing; a
 * document not extracted (no rules for its language) is written with its text and reason, no facts; a
 * new version of the same url, or the same content extracted by another extractor version (or in
 * another language), first withdraws the old version's support (facts only it supported go, facts
 * others support stay). Entity ids merged away by a curator are written to the entity they were merged
 * into.
 */
export async function writeDocument(tx: CypherTx, extracted: ExtractedDocument): Promise<WriteResult> {
  const id = documentId(extracted);
  // Statements sent together are pipelined by the driver (one round trip) and run in order.
  const [existing, current] = await Promise.all([
    tx.one('ingest/document-state', { id }),
    resolveEntityIds(
      tx,
      extracted.entities.map((e) => e.id),
    ),
  ]);
  // A curator took it out of the graph: it comes back by a restore, not by a reader sending it again.
  if (existing?.withdrawn)
    throw new AppError(
      'CONFLICT',
      `document ${id} was withdrawn by a curator; restore it (quotegraph documents restore, the ` +
        'restoreDocument mutation) or remove it before ingesting it again',
    );
  // A new extractor version may read the same text differently: its facts replace the old ones. So does
  // the same text in another declared language (stored unextracted as "fr", extracted once declared "de").
  if (
    existing?.contentHash === extracted.contentHash &&
    existing.extractor === extracted.extractor &&
    existing.lang === extracted.lang &&
    existing.notExtractedReason === (extracted.notExtractedReason ?? null)
  ) {
    return {
      documentId: id,
      status: 'unchanged',
      quotes: 0,
      claims: 0,
      entities: 0,
      events: 0,
      reports: 0,
      relations: 0,
    };
  }
  // A stub an importer made for this url (its quotes' source, no text) becomes the article: nothing of it is
  // withdrawn, but the facts it supports count their sources anew, since it already counted for them.
  const stub = existing?.stub === true;
  const prior = stub ? null : existing;
  const rows = documentRows(followRedirects(extracted, current));
  const base = { docId: id, extractor: extracted.extractor };
  /** runs a merge only when there is something to merge; its count, or 0 */
  const ifAny = async (n: number, merge: () => Promise<number | undefined>) => (n ? ((await merge()) ?? 0) : 0);
  // The timeline entries of each fact this version or the last one touched are refreshed last, once every
  // link is written. A new document has no last version, so its refresh joins the pipeline (one round
  // trip less); a replaced one waits for the facts its old version supported.
  const refreshEntries = (withdrawn: string[]) =>
    tx.rows('timeline/refresh-timeline-entries', { ids: touchedFactIds(rows, withdrawn) });
  const [unlinked, withdrawn, , entities, events, claims, quotes, reports, relations] = await Promise.all([
    prior ? tx.one('ingest/unlink-document-relations', { id, keepCurated: true }) : null,
    prior ? tx.one('ingest/delete-document', { id }) : null,
    tx.rows('ingest/merge-document', { doc: rows.doc }),
    ifAny(
      rows.entities.length,
      async () => (await tx.one('ingest/merge-entities', { ...base, entities: rows.entities }))?.entities,
    ),
    ifAny(
      rows.events.length,
      async () => (await tx.one('ingest/merge-events', { ...base, events: rows.events }))?.events,
    ),
    ifAny(
      rows.claims.length,
      async () => (await tx.one('ingest/merge-claims', { ...base, claims: rows.claims }))?.claims,
    ),
    ifAny(
      rows.quotes.length,
      async () => (await tx.one('ingest/merge-quotes', { ...base, quotes: rows.quotes }))?.quotes,
    ),
    ifAny(
      rows.reports.length,
      async () => (await tx.one('ingest/merge-reports', { ...base, reports: rows.reports }))?.reports,
    ),
    ifAny(
      rows.relations.length,
      async () => (await tx.one('ingest/merge-relations', { docId: id, relations: rows.relations }))?.relations,
    ),
    // curators' corrections of these quotes and claims (speaker, time) hold over what was extracted
    rows.quotes.length + rows.claims.length
      ? tx.one('ingest/apply-corrections', {
          facts: [...rows.quotes, ...rows.claims].map((f) => ({ id: f.id, textId: f.textId })),
          docId: id,
        })
      : null,
    // curators' splits of mentions the extractor joined wrongly hold over what it joined
    tx.one('ingest/apply-mention-splits', { docId: id }),
    // A new document only adds a source to each fact; a replaced one may have withdrawn the earliest.
    existing
      ? tx.rows('ingest/refresh-known-since', { docIds: [id] })
      : tx.rows('ingest/add-known-since', { docId: id }),
    prior ? tx.rows('ingest/refresh-relation-known-since', { docId: id }) : null,
    prior ? null : refreshEntries([]),
  ]);
  if (prior) await refreshEntries([...(unlinked?.factIds ?? []), ...(withdrawn?.keptFactIds ?? [])]);
  return {
    documentId: id,
    status: prior ? 'replaced' : 'created',
    entities,
    events,
    claims,
    quotes,
    reports,
    relations,
  };
}
