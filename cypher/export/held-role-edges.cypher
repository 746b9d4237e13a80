// Purpose: the graph export's held-role edges: a person to the organization or country they held a role
//   in (HELD_ROLE, role titles according to sources); one edge per pair, weighted by the number of role
//   relations, dated from the earliest to the latest of them, with the role titles. Retracted relations
//   (and those hidden with a withdrawn document) and relations known after $asOf are left out.
// Params: $ids: List<String> - the entities the edges are read from; $reverse: Boolean (false: edges whose
//   person is in $ids; true: also those whose organization is); $within: List<String>|null (both ends must
//   be among these); $from, $to: String|null (YYYY-MM-DD, span overlap; dated relations only when either
//   is given); $asOf: String|null
// Returns: kind, source, target, directed, weight, start, end, roles - one row per pair, by source then target
// Row: { kind: string; source: string; target: string; directed: boolean; weight: number; start: string | null;
//   end: string | null; roles: string[] }
// Mode: read
MATCH (x:Entity)
WHERE x.id IN $ids
CALL (x) {
  MATCH (x)-[h:HELD_ROLE]->(o:Entity)
  RETURN x AS a, o AS b, h
  UNION
  MATCH (o:Entity)-[h:HELD_ROLE]->(x)
  WHERE $reverse
  RETURN o AS a, x AS b, h
}
WITH a, b, h
WHERE a <> b AND ($within IS NULL OR (a.id IN $within AND b.id IN $within))
  AND NOT coalesce(h.retracted, false) AND ($asOf IS NULL OR h.knownSince <= date($asOf))
  AND (($from IS NULL AND $to IS NULL) OR (h.earliest IS NOT NULL
       AND ($from IS NULL OR h.latest >= date($from)) AND ($to IS NULL OR h.earliest <= date($to))))
WITH a, b, count(DISTINCT h) AS weight, min(h.earliest) AS start, max(h.latest) AS end,
     collect(DISTINCT h.role) AS roles
RETURN 'held-role' AS kind, a.id AS source, b.id AS target, true AS directed, weight, start, end, roles
ORDER BY source, target
