/**
 * Documents and the provenance of facts: the shapes the queries return and the API maps onto its
 * Document, Source and DocumentSpan types.
 */
export interface DocumentModel {
  id: string;
  title: string | null;
  url: string | null;
  outlet: string | null;
  lang: string | null;
  publishedAt: string | null;
  knownSince: string | null;
  /** absent when the document came as a summary inside a source; loaded on demand */
  text?: string | null;
  /** the importer of a document known by its url only (loaded on demand, as text is) */
  importedFrom?: string | null;
  /**
   * why it was stored without extraction (no rules for its language); null when it was extracted;
   * absent when the query did not read it (a fact's source always was extracted; loaded on demand)
   */
  notExtractedReason?: string | null;
}

export interface SourceModel {
  document: DocumentModel;
  start: number | null;
  end: number | null;
  confidence: number | null;
  excerpt: string | null;
  cue: string | null;
  extractor: string | null;
  /** the attribution's sieve stage (quotes and claims ingested by extractor 0.2.0 or later) */
  method?: string | null;
}

export interface DocumentSpanModel {
  kind: 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT' | 'MENTION';
  start: number;
  end: number;
  /** cut from Document.text by the API, not read per span from Neo4j (see document-spans.cypher) */
  text: string;
  factId: string | null;
  entityId: string | null;
}

/** A name an imported quote corpus weighed as a quote's speaker (Quote.speakerCandidates). */
export interface SpeakerCandidateModel {
  name: string;
  probability: number;
}
