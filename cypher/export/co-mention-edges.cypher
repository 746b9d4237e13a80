// Purpose: the graph export's co-mention edges: two entities named in the same documents, one undirected
//   edge per pair (source the smaller id), weighted by the number of shared documents, dated from the
//   earliest to the latest publication among them; from/to filter on the documents' publication dates
//   (undated documents only when neither is given), $asOf on when they were known. Withdrawn documents
//   are no Document and are never read.
// Params: $ids: List<String> - the entities the edges are read from; $reverse: Boolean (false: edges whose
//   smaller id is in $ids; true: every edge touching $ids); $within: List<String>|null (both ends must be
//   among these); $from, $to, $asOf: String|null (YYYY-MM-DD)
// Returns: kind, source, target, directed, weight, start, end, roles (empty) - one row per pair, by source
//   then target
// Row: { kind: string; source: string; target: string; directed: boolean; weight: number; start: string | null;
//   end: string | null; roles: string[] }
// Mode: read
MATCH (x:Entity)
WHERE x.id IN $ids
MATCH (x)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(o:Entity)
WHERE o <> x AND ($reverse OR x.id < o.id)
  AND (($from IS NULL AND $to IS NULL) OR (d.publishedAt IS NOT NULL
       AND ($from IS NULL OR d.publishedAt >= date($from)) AND ($to IS NULL OR d.publishedAt <= date($to))))
  AND ($asOf IS NULL OR d.knownSince <= date($asOf))
WITH CASE WHEN x.id < o.id THEN x ELSE o END AS a, CASE WHEN x.id < o.id THEN o ELSE x END AS b, d
WHERE $within IS NULL OR (a.id IN $within AND b.id IN $within)
WITH a, b, count(DISTINCT d) AS weight, min(d.publishedAt) AS start, max(d.publishedAt) AS end
RETURN 'co-mention' AS kind, a.id AS source, b.id AS target, false AS directed, weight, start, end, [] AS roles
ORDER BY source, target
