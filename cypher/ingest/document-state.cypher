// Purpose: whether a document with this id is stored, with which content, language and extractor version,
//   whether it was extracted, whether a curator withdrew it (curation/withdraw-document: ingest refuses it
//   until it is restored), and whether it is a stub an importer made (known by its url only: the article,
//   when it comes, is its first version)
// Params: $id: String - document id (from the url, else the content hash)
// Returns: contentHash, extractor, lang, notExtractedReason, withdrawn, stub - zero or one row
// Row: { contentHash: string; extractor: string | null; lang: string | null; notExtractedReason: string | null;
//   withdrawn: boolean; stub: boolean }
CALL () {
  MATCH (d:Document {id: $id}) RETURN d, false AS withdrawn
  UNION
  MATCH (d:WithdrawnDocument {id: $id}) RETURN d, true AS withdrawn
}
RETURN d.contentHash AS contentHash, d.extractor AS extractor, d.lang AS lang,
       d.notExtractedReason AS notExtractedReason, withdrawn, coalesce(d.stub, false) AS stub
LIMIT 1
