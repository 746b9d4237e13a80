// A new version changes the graph only for documents ingested again (docs/data-model.md, Writing).
export const EXTRACTOR = 'quotegraph-extract/0.2.0';
