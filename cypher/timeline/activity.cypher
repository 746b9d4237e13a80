// Purpose: counts of an entity set's timeline items per bucket (day, week, month, year): same membership
//   as the timeline (timeline/refresh-timeline-entries); an item counts in the bucket its span
//   starts in (clipped to $from), as `within` when its whole span fits in that bucket, else as coarser
// Params: $entityIds: List<String> (an id merged away by mergeEntities counts as the entity it went into);
//   $from: String (YYYY-MM-DD); $to: String; $unit: String (day, week, month,
//   year; from an allow-list); $asOf: String|null;
//   $includeRetracted: Boolean|null (retracted facts are left out unless true)
// Returns: found, bucket (Date), kind, within (Boolean), n (Int) - one row per bucket, kind and within;
//   found is repeated on every row (and alone on one row when nothing matched)
// Row: { found: string[]; bucket: string | null; kind: ActivityRow['kind']; within: boolean | null; n: number }
// Mode: read
UNWIND $entityIds AS asked
OPTIONAL MATCH (redirect:EntityRedirect {id: asked})
OPTIONAL MATCH (e:Entity {id: coalesce(redirect.to, asked)})
WITH collect(CASE WHEN e IS NOT NULL THEN asked END) AS found, collect(DISTINCT e) AS entities
CALL (entities) {
  UNWIND entities AS e
  CALL (e) {
    MATCH (e)-[:SAID]->(n:Quote) RETURN n, null AS r, 'QUOTE' AS kind
    UNION
    MATCH (e)-[:CLAIMED]->(n:Claim) RETURN n, null AS r, 'CLAIM' AS kind
    UNION
    MATCH (e)<-[:ABOUT]-(n:Claim) RETURN n, null AS r, 'CLAIM' AS kind
    UNION
    MATCH (e)-[:PUBLISHED]->(n:Report) RETURN n, null AS r, 'REPORT' AS kind
    UNION
    MATCH (e)-[:PARTICIPATED_IN]->(n:Event) RETURN n, null AS r, 'EVENT' AS kind
    UNION
    MATCH (e)<-[:LOCATED_IN]-(n:Event) RETURN n, null AS r, 'EVENT' AS kind
    UNION
    MATCH (e)-[:SAID|CLAIMED]->()-[:AT]->(n:Event) RETURN n, null AS r, 'EVENT' AS kind
    UNION
    MATCH (e)<-[m:MENTIONS]-(:Document)<-[s:SOURCED_FROM]-(n)
    WHERE any(x IN m.starts WHERE x >= s.start AND x < s.end)
    RETURN n, null AS r,
           CASE WHEN n:Quote THEN 'QUOTE' WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'REPORT' END AS kind
    UNION
    MATCH (e)-[r:HELD_ROLE]-(:Entity) RETURN null AS n, r, 'ROLE_CHANGE' AS kind
  }
  WITH DISTINCT n, r, kind, coalesce(n, r) AS el
  WHERE el IS NOT NULL AND el.earliest IS NOT NULL
    AND (coalesce($includeRetracted, false) OR NOT coalesce(el.retracted, false))
    AND coalesce(el.latest, date('9999-12-31')) >= date($from) AND el.earliest <= date($to)
    AND ($asOf IS NULL OR el.knownSince <= date($asOf))
  WITH kind, date.truncate($unit, CASE WHEN el.earliest < date($from) THEN date($from) ELSE el.earliest END) AS bucket,
       date.truncate($unit, coalesce(el.latest, date('9999-12-31'))) AS lastBucket
  // an aggregate without grouping keys: exactly one row even when nothing is in the window, so
  // `found` survives and a known entity with an empty window is not mistaken for a missing one
  RETURN collect({bucket: bucket, kind: kind, within: bucket = lastBucket}) AS rows
}
UNWIND rows + [null] AS row
WITH found, row.bucket AS bucket, row.kind AS kind, row.within AS within, row
RETURN found, bucket, kind, within, count(row) AS n
