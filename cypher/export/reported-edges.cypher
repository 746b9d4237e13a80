// Purpose: the graph export's reported edges: a publisher (an outlet, an agency) to each entity a report of
//   theirs is about (the speaker or the ABOUT of a reported claim, a participant of a reported event); one
//   edge per pair, weighted by the number of reports, dated from the earliest to the latest of them.
//   Retracted reports and subjects, and reports known after $asOf, are left out.
// Params: $ids: List<String> - the entities the edges are read from; $reverse: Boolean (false: edges whose
//   publisher is in $ids; true: also those whose target is); $within: List<String>|null (both ends must be
//   among these); $from, $to: String|null (YYYY-MM-DD, span overlap of the report; dated reports only when
//   either is given); $asOf: String|null
// Returns: kind, source, target, directed, weight, start, end, roles (empty) - one row per pair, by source
//   then target
// Row: { kind: string; source: string; target: string; directed: boolean; weight: number; start: string | null;
//   end: string | null; roles: string[] }
// Mode: read
MATCH (x:Entity)
WHERE x.id IN $ids
CALL (x) {
  MATCH (x)-[:PUBLISHED]->(r:Report)-[:REPORTS_ON]->(f)-[l:ABOUT|CLAIMED|PARTICIPATED_IN]-(o:Entity)
  WHERE NOT coalesce(l.retracted, false) AND NOT coalesce(f.retracted, false)
  RETURN x AS a, o AS b, r
  UNION
  MATCH (o:Entity)-[:PUBLISHED]->(r:Report)-[:REPORTS_ON]->(f)-[l:ABOUT|CLAIMED|PARTICIPATED_IN]-(x)
  WHERE $reverse AND NOT coalesce(l.retracted, false) AND NOT coalesce(f.retracted, false)
  RETURN o AS a, x AS b, r
}
WITH a, b, r
WHERE a <> b AND ($within IS NULL OR (a.id IN $within AND b.id IN $within))
  AND NOT coalesce(r.retracted, false) AND ($asOf IS NULL OR r.knownSince <= date($asOf))
  AND (($from IS NULL AND $to IS NULL) OR (r.earliest IS NOT NULL
       AND ($from IS NULL OR r.latest >= date($from)) AND ($to IS NULL OR r.earliest <= date($to))))
WITH a, b, count(DISTINCT r) AS weight, min(r.earliest) AS start, max(r.latest) AS end
RETURN 'reported' AS kind, a.id AS source, b.id AS target, true AS directed, weight, start, end, [] AS roles
ORDER BY source, target
