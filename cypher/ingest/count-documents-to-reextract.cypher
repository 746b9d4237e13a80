// Purpose: how many stored documents a re-extraction will read (ingest/documents-to-reextract's filter,
//   every page): the total its progress counts towards
// Params: $current: String - the running extractor version; $notExtracted: String - the extractor
//   prefix of documents that are not articles (Wikidata statements), never extracted; $all: Boolean;
//   $ids: List<String>|null; $outlet: String|null; $lang: String|null; $from: String|null,
//   $to: String|null (YYYY-MM-DD, publication date)
// Returns: total - one row
// Row: { total: number }
// Mode: read
MATCH (d:Document)
WHERE ($all OR coalesce(d.extractor, '') <> $current)
  AND NOT coalesce(d.extractor, '') STARTS WITH $notExtracted
  AND ($ids IS NULL OR d.id IN $ids)
  AND ($outlet IS NULL OR d.outlet = $outlet)
  AND ($lang IS NULL OR d.lang = $lang)
  AND ($from IS NULL OR d.publishedAt >= date($from))
  AND ($to IS NULL OR d.publishedAt <= date($to))
RETURN count(d) AS total
