// Purpose: creates or updates the Document node of an article (a stub of its url becomes the article); one
//   stored without extraction (no rules for its language) carries its reason and the NotExtracted label, which
//   the document_text_not_extracted full-text index covers (an extracted document is found by its quotes,
//   claims and entities instead)
// Params: $doc: Map - {id, title, url, outlet, lang, publishedAt (YYYY-MM-DD or null), contentHash,
//   text, source, extractor, notExtractedReason (null when extracted)}
// Returns: id - one row
// Row: { id: string }
// Mode: write
MERGE (d:Document {id: $doc.id})
// the same text read again (a newer extractor) was known as early as before, also without a date
// and so was the article of a stub (its quotes were seen by then)
WITH d, CASE WHEN d.contentHash = $doc.contentHash OR d.stub THEN d.knownSince END AS knownBefore
SET d.title = $doc.title,
    d.url = $doc.url,
    d.outlet = $doc.outlet,
    d.lang = $doc.lang,
    d.publishedAt = date($doc.publishedAt),
    d.contentHash = $doc.contentHash,
    d.text = $doc.text,
    d.source = $doc.source,
    d.extractor = $doc.extractor,
    d.notExtractedReason = $doc.notExtractedReason,
    d.ingestedAt = datetime(),
    d.knownSince = coalesce(date($doc.publishedAt), knownBefore, date())
// a stub an importer made (known by its url only) is now the article itself
REMOVE d.stub, d.importedFrom
WITH d
CALL (d) {
  WITH d WHERE $doc.notExtractedReason IS NULL
  REMOVE d:NotExtracted
}
CALL (d) {
  WITH d WHERE $doc.notExtractedReason IS NOT NULL
  SET d:NotExtracted
}
RETURN d.id AS id
