// Purpose: the next page of stored documents to extract again, in id order after $after: those an
//   older (or no) extractor read, or all with $all, narrowed by ids, outlet, language and publication
//   dates; with the text and metadata extraction needs
// Params: $after: String ('' for the first page); $current: String - the running extractor version;
//   $notExtracted: String - the extractor prefix of documents that are not articles (Wikidata statements);
//   $all: Boolean; $ids: List<String>|null; $outlet: String|null; $lang: String|null;
//   $from: String|null, $to: String|null (YYYY-MM-DD, publication date); $first: Int
// Returns: id, text, title, url, outlet, lang, publishedAt, source, extractor - at most $first rows
// Row: { id: string; text: string; title: string | null; url: string | null; outlet: string | null;
//   lang: string | null; publishedAt: string | null; source: string | null; extractor: string | null }
// Mode: read
MATCH (d:Document)
WHERE d.id > $after
  AND ($all OR coalesce(d.extractor, '') <> $current)
  AND NOT coalesce(d.extractor, '') STARTS WITH $notExtracted
  AND ($ids IS NULL OR d.id IN $ids)
  AND ($outlet IS NULL OR d.outlet = $outlet)
  AND ($lang IS NULL OR d.lang = $lang)
  AND ($from IS NULL OR d.publishedAt >= date($from))
  AND ($to IS NULL OR d.publishedAt <= date($to))
RETURN d.id AS id, d.text AS text, d.title AS title, d.url AS url, d.outlet AS outlet, d.lang AS lang,
       toString(d.publishedAt) AS publishedAt, d.source AS source, d.extractor AS extractor
ORDER BY d.id
LIMIT toInteger($first)
