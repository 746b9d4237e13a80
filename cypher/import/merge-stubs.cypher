// Purpose: the Document stubs of imported quotes: one per document the corpus names, known by its url
//   and metadata only (no text: the corpus gives urls, not articles); an article already read from that
//   url stays as it is, and a url a curator withdrew gets no stub. A stub is known from its publication,
//   else from the earliest day a quote it carries was seen; a later batch with an earlier day moves it back.
// Params: $stubs: List<Map> - {id, url, outlet, title, lang, publishedAt (YYYY-MM-DD or null), knownSince
//   (YYYY-MM-DD)}; $origin: String - the importer ("quotebank")
// Returns: stubs (documents now standing for them), movedEarlier (ids of stubs known earlier than before:
//   their quotes' knownSince is refreshed by ingest/refresh-known-since) - one row
// Row: { stubs: number; movedEarlier: string[] }
// Mode: write
UNWIND $stubs AS row
OPTIONAL MATCH (w:WithdrawnDocument {id: row.id})
WITH row WHERE w IS NULL
MERGE (d:Document {id: row.id})
ON CREATE SET d.url = row.url, d.outlet = row.outlet, d.title = row.title, d.lang = row.lang,
              d.publishedAt = date(row.publishedAt), d.text = '', d.stub = true,
              d.importedFrom = $origin, d.source = $origin, d.ingestedAt = datetime(),
              d.knownSince = date(row.knownSince)
// batches may be written at once: the stub is locked before its knownSince is compared, or an earlier day
// written by another batch between the compare and the write would be lost
WITH d, row
CALL apoc.lock.nodes([d])
WITH d, row, coalesce(d.stub, false) AND date(row.knownSince) < d.knownSince AS earlier
CALL (d, row, earlier) {
  WITH d, row WHERE earlier
  SET d.knownSince = date(row.knownSince)
}
RETURN count(d) AS stubs, [id IN collect(CASE WHEN earlier THEN d.id END) WHERE id IS NOT NULL] AS movedEarlier
