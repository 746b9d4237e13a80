// Purpose: documents by id with their text, for document(id), node(id) and Document.text
// Params: $ids: List<String>
// Returns: id, title, url, outlet, lang, publishedAt, knownSince, text, notExtractedReason, importedFrom - one row
//   per id found
// Row: { id: string; title: string | null; url: string | null; outlet: string | null; lang: string | null;
//   publishedAt: string | null; knownSince: string | null; text: string | null; notExtractedReason: string | null;
//   importedFrom: string | null }
// Mode: read
MATCH (d:Document) WHERE d.id IN $ids
RETURN d.id AS id, d.title AS title, d.url AS url, d.outlet AS outlet, d.lang AS lang,
       d.publishedAt AS publishedAt, d.knownSince AS knownSince, d.text AS text,
       d.notExtractedReason AS notExtractedReason, d.importedFrom AS importedFrom
