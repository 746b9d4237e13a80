import type { CypherTx } from '../db/database.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import { documentId, documentRows } from './document-rows.ts';
import { followRedirects } from './follow-redirects.ts';

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
 * not at all. The same content again changes nothing; a new version of the same url first withdraws
 * the old version's support (facts only it supported go, facts others support stay). Entity ids
 * merged away by a curator are written to the entity they were merged into.
 */
export async function writeDocument(tx: CypherTx, extracted: ExtractedDocument): Promise<WriteResult> {
  const id = documentId(extracted);
  const counts = { quotes: 0, claims: 0, entities: 0, events: 0, reports: 0, relations: 0 };
  const existing = await tx.one<{ contentHash: string }>('ingest/document-state', { id });
  if (existing?.contentHash === extracted.contentHash) return { documentId: id, status: 'unchanged', ...counts };
  const rows = documentRows(await followRedirects(tx, extracted));
  if (existing) {
    await tx.rows('ingest/unlink-document-relations', { id });
    await tx.rows('ingest/delete-document', { id });
  }
  const base = { docId: id, extractor: extracted.extractor };
  await tx.rows('ingest/merge-document', { doc: rows.doc });
  if (rows.entities.length) counts.entities = await count(tx, 'ingest/merge-entities', { ...base, entities: rows.entities }, 'entities');
  if (rows.events.length) counts.events = await count(tx, 'ingest/merge-events', { ...base, events: rows.events }, 'events');
  if (rows.claims.length) counts.claims = await count(tx, 'ingest/merge-claims', { ...base, claims: rows.claims }, 'claims');
  if (rows.quotes.length) counts.quotes = await count(tx, 'ingest/merge-quotes', { ...base, quotes: rows.quotes }, 'quotes');
  if (rows.reports.length) counts.reports = await count(tx, 'ingest/merge-reports', { ...base, reports: rows.reports }, 'reports');
  if (rows.relations.length) counts.relations = await count(tx, 'ingest/merge-relations', { docId: id, relations: rows.relations }, 'relations');
  await tx.rows('ingest/refresh-known-since', { docId: id });
  await tx.rows('ingest/refresh-relation-known-since', { docId: id });
  return { documentId: id, status: existing ? 'replaced' : 'created', ...counts };
}

async function count(tx: CypherTx, name: string, params: Record<string, unknown>, column: string): Promise<number> {
  const row = await tx.one<Record<string, number>>(name, params);
  return row?.[column] ?? 0;
}
