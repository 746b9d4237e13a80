// A new version changes the graph only for documents ingested again (docs/data-model.md, Writing).
export const EXTRACTOR = 'quotegraph-extract/0.2.0';

/**
 * Documents whose extractor name starts with this are not articles (the Wikidata statement import writes
 * them): they have no text to extract again, and no extractor version is behind for them.
 */
export const NOT_EXTRACTED_PREFIX = 'wikidata-';
