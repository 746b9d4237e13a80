import type { DocumentModel } from './documents.ts';

/** One full-text hit: an entity, a quote, a claim or a document not extracted, with the matching snippet. */
export interface SearchHitModel {
  score: number;
  entityId: string | null;
  quoteId: string | null;
  claimId: string | null;
  /** a document stored without extraction (no rules for its language), found by its title or text */
  documentId: string | null;
  /**
   * that document as the search read it, without its text and importer (loaded on demand). Carried here,
   * not primed into the document loader, whose answer Document.text and importedFrom read.
   */
  document?: DocumentModel;
  snippet: string;
}
