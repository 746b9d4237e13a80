import type { CypherTx } from '../../db/database.ts';
import type { DocumentModel } from '../../model/index.ts';
import type { StoredSpan } from '../../db/row-types.ts';

export function readDocuments(tx: CypherTx, ids: readonly string[]): Promise<DocumentModel[]> {
  return tx.rows('document/documents-by-id', { ids });
}

/** A span as stored: its characters are cut from the document's text by the caller. */

export interface SpanPage {
  /** all spans of the document */
  total: number;
  /** at most `first` + 1: one more than asked tells that there is a next page */
  items: StoredSpan[];
}

/** One page of a document's spans in text order, after the span whose key is `afterKey`. */
export async function readDocumentSpans(
  tx: CypherTx,
  q: { id: string; afterKey: string | null; first: number },
): Promise<SpanPage> {
  const row = await tx.one('document/document-spans', q);
  return { total: row?.total ?? 0, items: row?.items ?? [] };
}
