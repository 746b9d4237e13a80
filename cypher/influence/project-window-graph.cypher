// Purpose: projects the influence graph of a window into the GDS catalog (Cypher aggregation): speakers
//   linked to what their quotes and claims are about, outlets linked to the speakers whose words their
//   reports carry and to what their reports are about, persons linked to the institutions they hold
//   roles in. Weight of a link = the number of documents supporting its facts (docs/influence.md).
// Params: $graphName: String - unique per call; $from, $to: String|null (YYYY-MM-DD; span overlap, dated
//   facts only when either is given); $asOf: String|null; $about: String|null (entity id: only facts
//   that involve it); $includeRetracted: Boolean|null (retracted facts are left out unless true);
//   $seeks: List<Map {precision, earliestFrom}> - one index seek per date precision (src/queries/window-seeks.ts);
//   a role without an end (EDTF 2025-01-21/.., latest null) reaches every window after its start
// Returns: graphName, nodes, relationships, edges (List<Map {from, to, relation, factIds, weight}>) - one row
// Row: { graphName: string | null; nodes: number; relationships: number; edges: WindowEdge[] }
// Mode: read
// Plan: window-first. The facts of the window are found through the (precision, earliest) indexes of
//   Quote, Claim and Report, one seek per precision bounded on both sides (an item of a precision that
//   spans at most N days overlaps the window only if it starts between $from - N days and $to), and the
//   HELD_ROLE earliest index, and expanded from there, so a month costs what the month holds, not what the
//   graph holds (it used to expand every SAID/CLAIMED/PUBLISHED in the graph and filter afterwards:
//   docs/benchmarks.md). Without a window the same seeks cover all dated facts, and the undated ones are
//   added by a scan that only runs when no window is given.
CALL () {
  CALL () {
    UNWIND $seeks AS seek
    MATCH (f:Quote) USING INDEX f:Quote(precision, earliest)
    WHERE f.precision = seek.precision AND f.earliest <= date(coalesce($to, '9999-12-31'))
      AND f.earliest >= date(seek.earliestFrom)
      AND f.latest >= date(coalesce($from, '0001-01-01'))
    RETURN f
    UNION
    UNWIND $seeks AS seek
    MATCH (f:Claim) USING INDEX f:Claim(precision, earliest)
    WHERE f.precision = seek.precision AND f.earliest <= date(coalesce($to, '9999-12-31'))
      AND f.earliest >= date(seek.earliestFrom)
      AND f.latest >= date(coalesce($from, '0001-01-01'))
    RETURN f
    UNION
    UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS unwindowed
    CALL (unwindowed) {
      WITH unwindowed WHERE unwindowed
      MATCH (f) WHERE (f:Quote OR f:Claim) AND f.earliest IS NULL
      RETURN f
    }
    RETURN f
  }
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
  CALL () {
    UNWIND $seeks AS seek
    MATCH (f:Report) USING INDEX f:Report(precision, earliest)
    WHERE f.precision = seek.precision AND f.earliest <= date(coalesce($to, '9999-12-31'))
      AND f.earliest >= date(seek.earliestFrom)
      AND f.latest >= date(coalesce($from, '0001-01-01'))
    RETURN f
    UNION
    UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS unwindowed
    CALL (unwindowed) {
      WITH unwindowed WHERE unwindowed
      MATCH (f:Report) WHERE f.earliest IS NULL
      RETURN f
    }
    RETURN f
  }
  MATCH (a:Entity)-[:PUBLISHED]->(f)
  CALL (a, f) {
    MATCH (f)-[:REPORTS_ON]->()<-[:SAID|CLAIMED]-(b:Entity)
    WHERE a <> b
    RETURN b, 'PUBLISHED>REPORTS_ON>SPEAKER' AS relation
    UNION ALL
    CALL (f) {
      MATCH (f)-[:REPORTS_ON]->()-[:ABOUT]->(x:Entity) RETURN x
      UNION
      MATCH (f)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity)
      WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end)
      RETURN x
    }
    WITH a, x AS b WHERE a <> b
    RETURN b, 'PUBLISHED>ABOUT' AS relation
  }
  RETURN a, b, f, null AS rel, relation
  UNION ALL
  CALL () {
    MATCH (a:Entity)-[rel:HELD_ROLE]->(b:Entity)
    WHERE rel.earliest <= date(coalesce($to, '9999-12-31'))
      AND coalesce(rel.latest, date('9999-12-31')) >= date(coalesce($from, '0001-01-01'))
    RETURN a, b, rel
    UNION
    UNWIND CASE WHEN $from IS NULL AND $to IS NULL THEN [true] ELSE [] END AS unwindowed
    CALL (unwindowed) {
      WITH unwindowed WHERE unwindowed
      MATCH (a:Entity)-[rel:HELD_ROLE]->(b:Entity) WHERE rel.earliest IS NULL
      RETURN a, b, rel
    }
    RETURN a, b, rel
  }
  RETURN a, b, null AS f, rel, 'HELD_ROLE' AS relation
}
WITH a, b, f, rel, relation, coalesce(f, rel) AS el
WHERE (($from IS NULL AND $to IS NULL) OR (el.earliest IS NOT NULL
       AND ($from IS NULL OR coalesce(el.latest, date('9999-12-31')) >= date($from))
       AND ($to IS NULL OR el.earliest <= date($to))))
  AND ($asOf IS NULL OR el.knownSince <= date($asOf))
  AND (coalesce($includeRetracted, false) OR NOT coalesce(el.retracted, false))
  AND ($about IS NULL OR a.id = $about OR b.id = $about
       OR (f IS NOT NULL AND (EXISTS { MATCH (f)-[:ABOUT]->(:Entity {id: $about}) }
           OR EXISTS { MATCH (f)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(:Entity {id: $about})
                       WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end) })))
WITH a, b, relation, el,
     CASE WHEN f IS NULL THEN size(coalesce(rel.sourceDocs, []))
          ELSE COUNT { MATCH (f)-[:SOURCED_FROM]->(d:Document) WHERE $asOf IS NULL OR d.knownSince <= date($asOf) }
          END AS docs
WITH a, b, relation, collect(DISTINCT el.id) AS factIds, toFloat(sum(docs)) AS weight
WITH gds.graph.project($graphName, a, b, {relationshipProperties: {weight: weight}},
                       {undirectedRelationshipTypes: ['*']}) AS g,
     collect({from: a.id, to: b.id, relation: relation, factIds: factIds, weight: weight}) AS edges
RETURN g.graphName AS graphName, g.nodeCount AS nodes, g.relationshipCount AS relationships, edges
