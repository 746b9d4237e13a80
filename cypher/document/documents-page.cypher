// Purpose: a page of documents, oldest first (first known: published, or ingested when undated, then id),
//   filtered by outlet (a part of it, any case), language, whether it was extracted and a window of
//   first-known days, for
//   documents(filter, first, after); withdrawn documents are not Documents and are left out
// Params: $outlet: String|null (lower-cased); $lang: String|null; $extracted: Boolean|null (false: those stored
//   without extraction, no rules for their language); $from: String|null; $to: String|null
//   (YYYY-MM-DD); $afterDay: String|null; $afterId: String|null - the last document of the previous page;
//   $limit: Int
// Returns: id, title, url, outlet, lang, publishedAt, knownSince, notExtractedReason - at most $limit rows
// Row: { id: string; title: string | null; url: string | null; outlet: string | null; lang: string | null;
//   publishedAt: string | null; knownSince: string | null; notExtractedReason: string | null }
// Mode: read
MATCH (d:Document)
WHERE d.knownSince >= date(coalesce($from, '0001-01-01')) AND d.knownSince <= date(coalesce($to, '9999-12-31'))
  AND ($outlet IS NULL OR toLower(d.outlet) CONTAINS $outlet)
  AND ($lang IS NULL OR d.lang = $lang)
  AND ($extracted IS NULL OR (d.notExtractedReason IS NULL) = $extracted)
  AND ($afterDay IS NULL OR d.knownSince > date($afterDay) OR (d.knownSince = date($afterDay) AND d.id > $afterId))
RETURN d.id AS id, d.title AS title, d.url AS url, d.outlet AS outlet, d.lang AS lang,
  d.publishedAt AS publishedAt, d.knownSince AS knownSince, d.notExtractedReason AS notExtractedReason
ORDER BY d.knownSince, d.id
LIMIT toInteger($limit)
