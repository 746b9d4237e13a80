// Purpose: projects the influence graph of a window into the GDS catalog (Cypher aggregation): speakers
//   linked to what their quotes and claims are about, outlets linked to the speakers whose words their
//   reports carry and to what their reports are about, persons linked to the institutions they hold
//   roles in. Weight of a link = the number of documents supporting its facts (docs/influence.md).
// Params: $graphName: String - unique per call; $from, $to: String|null (YYYY-MM-DD; span overlap, dated
//   facts only when either is given); $asOf: String|null; $about: String|null (entity id: only facts
//   that involve it)
// Returns: graphName, nodes, relationships, edges (List<Map {from, to, relation, factIds, weight}>) - one row
// Mode: read
CALL () {
  MATCH (a:Entity)-[:SAID|CLAIMED]->(f)
  CALL (f) {
    MATCH (f)-[:ABOUT]->(x:Entity) RETURN x
    UNION
    MATCH (f)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity)
    WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end)
    RETURN x
  }
  WITH a, x AS b, f, CASE WHEN f:Quote THEN 'SAID>ABOUT' ELSE 'CLAIMED>ABOUT' END AS relation WHERE a <> b
  RETURN a, b, f, null AS rel, relation
  UNION ALL
  MATCH (a:Entity)-[:PUBLISHED]->(f:Report)-[:REPORTS_ON]->()<-[:SAID|CLAIMED]-(b:Entity)
  WHERE a <> b
  RETURN a, b, f, null AS rel, 'PUBLISHED>REPORTS_ON>SPEAKER' AS relation
  UNION ALL
  MATCH (a:Entity)-[:PUBLISHED]->(f:Report)
  CALL (f) {
    MATCH (f)-[:REPORTS_ON]->()-[:ABOUT]->(x:Entity) RETURN x
    UNION
    MATCH (f)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity)
    WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end)
    RETURN x
  }
  WITH a, x AS b, f WHERE a <> b
  RETURN a, b, f, null AS rel, 'PUBLISHED>ABOUT' AS relation
  UNION ALL
  MATCH (a:Entity)-[rel:HELD_ROLE]->(b:Entity)
  RETURN a, b, null AS f, rel, 'HELD_ROLE' AS relation
}
WITH a, b, f, rel, relation, coalesce(f, rel) AS el
WHERE (($from IS NULL AND $to IS NULL) OR (el.earliest IS NOT NULL
       AND ($from IS NULL OR el.latest >= date($from)) AND ($to IS NULL OR el.earliest <= date($to))))
  AND ($asOf IS NULL OR el.knownSince <= date($asOf))
  AND ($about IS NULL OR a.id = $about OR b.id = $about
       OR (f IS NOT NULL AND (EXISTS { MATCH (f)-[:ABOUT]->(:Entity {id: $about}) }
           OR EXISTS { MATCH (f)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(:Entity {id: $about})
                       WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end) })))
WITH a, b, relation, el,
     CASE WHEN f IS NULL THEN size(coalesce(rel.sourceDocs, []))
          ELSE COUNT { MATCH (f)-[:SOURCED_FROM]->(d:Document) WHERE $asOf IS NULL OR d.knownSince <= date($asOf) } END AS docs
WITH a, b, relation, collect(DISTINCT el.id) AS factIds, toFloat(sum(docs)) AS weight
WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: weight}}, {undirectedRelationshipTypes: ['*']}) AS g,
     collect({from: a.id, to: b.id, relation: relation, factIds: factIds, weight: weight}) AS edges
RETURN g.graphName AS graphName, g.nodeCount AS nodes, g.relationshipCount AS relationships, edges
