// Purpose: the co-mention network of one month: entities named together in articles published that
//   month, one virtual CO_MENTIONED relationship per pair weighted by the number of shared articles
//   (Neo4j Browser draws it as a graph; APOC virtual relationships, nothing is written; paste and
//   run as it is, no :param needed)
// Edit these values in the first line: month ('YYYY-MM'); minShared (the least number of shared
//   articles for a pair to be drawn)
// Returns: a, b (Entity nodes), link (virtual CO_MENTIONED relationship {articles}), articles (Int) - one
//   row per pair, most shared first
// Row: { a: unknown; b: unknown; link: unknown; articles: number }
// Mode: read
WITH '2026-02' AS month, 2 AS minShared
WITH date(month + '-01') AS first, minShared
WITH first, first + duration({months: 1}) - duration({days: 1}) AS last, minShared
MATCH (a:Entity)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
WHERE d.publishedAt >= first AND d.publishedAt <= last AND a.id < b.id
WITH a, b, count(DISTINCT d) AS articles, minShared
WHERE articles >= minShared
RETURN a, b, apoc.create.vRelationship(a, 'CO_MENTIONED', {articles: articles}, b) AS link, articles
ORDER BY articles DESC, a.name, b.name
