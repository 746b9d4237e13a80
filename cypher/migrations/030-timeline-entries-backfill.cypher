// Purpose: writes the per-entity timeline entries (ON_TIMELINE, index in 029) of every dated fact of a database
//   loaded before they existed, with the membership timeline/refresh-timeline-entries keeps from then on; in
//   batches of 1000 facts, one transaction each; MERGE makes a second run change nothing
MATCH (n)
WHERE (n:Quote OR n:Claim OR n:Event OR n:Report) AND n.earliest IS NOT NULL
CALL (n) {
  WITH n, CASE WHEN n:Quote THEN 'QUOTE' WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'REPORT' END AS kind
  CALL (n, kind) {
    MATCH (x:Entity)-[:SAID]->(n) WHERE kind = 'QUOTE' RETURN x
    UNION
    MATCH (x:Entity)-[:CLAIMED]->(n) WHERE kind = 'CLAIM' RETURN x
    UNION
    MATCH (n)-[:ABOUT]->(x:Entity) WHERE kind = 'CLAIM' RETURN x
    UNION
    MATCH (x:Entity)-[:PUBLISHED]->(n) WHERE kind = 'REPORT' RETURN x
    UNION
    MATCH (x:Entity)-[:PARTICIPATED_IN]->(n) WHERE kind = 'EVENT' RETURN x
    UNION
    MATCH (n)-[:LOCATED_IN]->(x:Entity) WHERE kind = 'EVENT' RETURN x
    UNION
    MATCH (x:Entity)-[:SAID|CLAIMED]->()-[:AT]->(n) WHERE kind = 'EVENT' RETURN x
    UNION
    MATCH (n)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity)
    WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end)
    RETURN x
  }
  MERGE (x)-[t:ON_TIMELINE]->(n)
  SET t.entity = x.id, t.precision = n.precision, t.earliest = n.earliest, t.latest = n.latest, t.kind = kind,
      t.retracted = coalesce(n.retracted, false),
      t.key = toString(n.earliest) + '|' + right('0000000' + toString(duration.inDays(n.latest, date('9999-12-31')).days), 7) + '|' + n.id
} IN TRANSACTIONS OF 1000 ROWS
