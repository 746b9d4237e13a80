// Purpose: the co-mention network of one month: entities named together in articles published that
//   month, one virtual CO_MENTIONED relationship per pair weighted by the number of shared articles
//   (Neo4j Browser draws it as a graph; APOC virtual relationships, nothing is written)
// Params: $month: String|null - YYYY-MM, default 2026-02; $minShared: Int|null - least shared articles, default 2
// Returns: a, b (Entity nodes), link (virtual CO_MENTIONED relationship {articles}), articles (Int) - one
//   row per pair, most shared first
// Mode: read
WITH date(coalesce($month, '2026-02') + '-01') AS first
WITH first, first + duration({months: 1}) - duration({days: 1}) AS last
MATCH (a:Entity)<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(b:Entity)
WHERE d.publishedAt >= first AND d.publishedAt <= last AND a.id < b.id
WITH a, b, count(DISTINCT d) AS articles
WHERE articles >= coalesce($minShared, 2)
RETURN a, b, apoc.create.vRelationship(a, 'CO_MENTIONED', {articles: articles}, b) AS link, articles
ORDER BY articles DESC, a.name, b.name
