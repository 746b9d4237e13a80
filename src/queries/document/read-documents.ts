import type { CypherTx } from '../../db/database.ts';
import type { DocumentModel, DocumentSpanModel } from '../../graphql/models.mappers.ts';

export function readDocuments(tx: CypherTx, ids: readonly string[]): Promise<DocumentModel[]> {
  return tx.rows<DocumentModel & Record<string, unknown>>('document/documents-by-id', { ids });
}

export function readDocumentSpans(tx: CypherTx, id: string): Promise<DocumentSpanModel[]> {
  return tx.rows<DocumentSpanModel & Record<string, unknown>>('document/document-spans', { id });
}
