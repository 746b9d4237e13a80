// Purpose: a person's quotes in the order they were said, each with the articles that carry it
//   (Neo4j Browser: paste, set `:param person => 'person:marco-rubio'` or keep the default, run)
// Params: $person: String|null - entity id, default person:marco-rubio; $from, $to: String|null -
//   YYYY-MM-DD, keep quotes whose span overlaps [from, to] (undated quotes only without both)
// Returns: said, precision, quote, lang, event, sources (List<String>: "outlet · title · published") -
//   one row per quote, earliest first, undated last
// Mode: read
WITH coalesce($person, 'person:marco-rubio') AS personId,
     CASE WHEN $from IS NULL THEN null ELSE date($from) END AS fromDate,
     CASE WHEN $to IS NULL THEN null ELSE date($to) END AS toDate
MATCH (p:Entity {id: personId})-[:SAID]->(q:Quote)
WHERE (fromDate IS NULL AND toDate IS NULL)
   OR (q.earliest IS NOT NULL AND (fromDate IS NULL OR q.latest >= fromDate) AND (toDate IS NULL OR q.earliest <= toDate))
OPTIONAL MATCH (q)-[:SOURCED_FROM]->(d:Document)
WITH q, collect(coalesce(d.outlet, 'unknown outlet') + ' · ' + coalesce(d.title, d.id) + ' · ' + coalesce(toString(d.publishedAt), 'undated')) AS sources
RETURN q.edtf AS said, q.precision AS precision, q.text AS quote, q.lang AS lang,
       head([(q)-[:AT]->(e:Event) | e.name]) AS event, sources
ORDER BY q.earliest IS NULL, q.earliest, q.latest DESC, q.id
