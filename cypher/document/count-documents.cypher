// Purpose: how many documents documents(filter) lists in all, for its totalCount
// Params: $outlet: String|null (lower-cased); $lang: String|null; $extracted: Boolean|null; $from: String|null;
//   $to: String|null
// Returns: n - one row
// Row: { n: number }
// Mode: read
MATCH (d:Document)
WHERE d.knownSince >= date(coalesce($from, '0001-01-01')) AND d.knownSince <= date(coalesce($to, '9999-12-31'))
  AND ($outlet IS NULL OR toLower(d.outlet) CONTAINS $outlet)
  AND ($lang IS NULL OR d.lang = $lang)
  AND ($extracted IS NULL OR (d.notExtractedReason IS NULL) = $extracted)
RETURN count(d) AS n
