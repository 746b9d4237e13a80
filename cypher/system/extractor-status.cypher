// Purpose: how many documents are stored and how many an extractor other than the running one read
//   (quotegraph reextract brings them up to date); serverInfo asks it, so it reads counts and index
//   ranges (the store's count of Documents, the document_extractor index either side of $current),
//   never every document. Every document has an extractor (ingest/merge-document sets it).
// Params: $current: String - the running extractor version; $notExtracted: String - the extractor prefix
//   of documents that are not articles (Wikidata statements): never behind
// Returns: documents, behind - one row
// Row: { documents: number; behind: number }
// Mode: read
CALL () {
  MATCH (d:Document)
  RETURN count(d) AS documents
}
CALL () {
  MATCH (d:Document) WHERE d.extractor < $current AND NOT d.extractor STARTS WITH $notExtracted
  RETURN count(d) AS before
}
CALL () {
  MATCH (d:Document) WHERE d.extractor > $current AND NOT d.extractor STARTS WITH $notExtracted
  RETURN count(d) AS after
}
RETURN documents, before + after AS behind
