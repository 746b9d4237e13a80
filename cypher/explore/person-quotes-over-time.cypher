// Purpose: a person's quotes in the order they were said, each with the articles that carry it
//   (Neo4j Browser: paste and run as it is; no :param needed)
// Edit these values in the first line: person (an entity id, e.g. 'person:mark-rutte'); fromDay and
//   toDay ('YYYY-MM-DD' or null): keep quotes whose span overlaps [fromDay, toDay] (undated quotes
//   only when both are null)
// Returns: said, precision, quote, lang, event, sources (List<String>: "outlet · title · published") -
//   one row per quote, earliest first, undated last
// Row: { said: string | null; precision: string | null; quote: string; lang: string | null; event: string | null;
//   sources: string[] }
// Mode: read
WITH 'person:marco-rubio' AS person, null AS fromDay, null AS toDay
WITH person, date(fromDay) AS fromDate, date(toDay) AS toDate
MATCH (p:Entity {id: person})-[:SAID]->(q:Quote)
WHERE (fromDate IS NULL AND toDate IS NULL)
   OR (q.earliest IS NOT NULL AND (fromDate IS NULL OR q.latest >= fromDate)
       AND (toDate IS NULL OR q.earliest <= toDate))
OPTIONAL MATCH (q)-[:SOURCED_FROM]->(d:Document)
WITH q, collect(coalesce(d.outlet, 'unknown outlet') + ' · ' + coalesce(d.title, d.id) + ' · '
                + coalesce(toString(d.publishedAt), 'undated')) AS sources
RETURN q.edtf AS said, q.precision AS precision, q.text AS quote, q.lang AS lang,
       head([(q)-[:AT]->(e:Event) | e.name]) AS event, sources
ORDER BY q.earliest IS NULL, q.earliest, q.latest DESC, q.id
