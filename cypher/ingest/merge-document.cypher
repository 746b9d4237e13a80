// Purpose: creates or updates the Document node of an article (a stub of its url becomes the article)
// Params: $doc: Map - {id, title, url, outlet, lang, publishedAt (YYYY-MM-DD or null), contentHash,
//   text, source, extractor}
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
    d.ingestedAt = datetime(),
    d.knownSince = coalesce(date($doc.publishedAt), knownBefore, date())
// a stub an importer made (known by its url only) is now the article itself
REMOVE d.stub, d.importedFrom
RETURN d.id AS id
