// Purpose: whether a document with this id is stored, with which content, language and extractor version,
//   whether it was extracted, and whether a curator withdrew it (curation/withdraw-document: ingest refuses
//   it until it is restored)
// Params: $id: String - document id (from the url, else the content hash)
// Returns: contentHash, extractor, lang, notExtractedReason, withdrawn - zero or one row
// Row: { contentHash: string; extractor: string | null; lang: string | null; notExtractedReason: string | null;
//   withdrawn: boolean }
CALL () {
  MATCH (d:Document {id: $id}) RETURN d, false AS withdrawn
  UNION
  MATCH (d:WithdrawnDocument {id: $id}) RETURN d, true AS withdrawn
}
RETURN d.contentHash AS contentHash, d.extractor AS extractor, d.lang AS lang,
       d.notExtractedReason AS notExtractedReason, withdrawn
LIMIT 1
