// Purpose: the graph export's said-about edges: a speaker to each entity named in the evidence span of a
//   quote they said (in a document known by $asOf) or that a claim of theirs is ABOUT; one edge per pair,
//   weighted by the number of quotes and claims, dated from the earliest to the latest of them. Retracted
//   facts (and those hidden with a withdrawn document) and facts known after $asOf are left out.
// Params: $ids: List<String> - the entities the edges are read from; $reverse: Boolean (false: edges whose
//   speaker is in $ids; true: also those whose target is); $within: List<String>|null (both ends must be
//   among these); $from, $to: String|null (YYYY-MM-DD, span overlap; dated facts only when either is
//   given); $asOf: String|null
// Returns: kind, source, target, directed, weight, start, end, roles (empty) - one row per pair, by source
//   then target
// Row: { kind: string; source: string; target: string; directed: boolean; weight: number; start: string | null;
//   end: string | null; roles: string[] }
// Mode: read
MATCH (x:Entity)
WHERE x.id IN $ids
CALL (x) {
  MATCH (x)-[:SAID]->(f:Quote)-[s:SOURCED_FROM]->(d:Document)-[m:MENTIONS]->(o:Entity)
  WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end) AND ($asOf IS NULL OR d.knownSince <= date($asOf))
  RETURN x AS a, o AS b, f
  UNION
  MATCH (x)-[:CLAIMED]->(f:Claim)-[l:ABOUT]->(o:Entity)
  WHERE NOT coalesce(l.retracted, false)
  RETURN x AS a, o AS b, f
  UNION
  MATCH (o:Entity)-[:SAID]->(f:Quote)-[s:SOURCED_FROM]->(d:Document)-[m:MENTIONS]->(x)
  WHERE $reverse AND any(p IN m.starts WHERE p >= s.start AND p < s.end)
    AND ($asOf IS NULL OR d.knownSince <= date($asOf))
  RETURN o AS a, x AS b, f
  UNION
  MATCH (o:Entity)-[:CLAIMED]->(f:Claim)-[l:ABOUT]->(x)
  WHERE $reverse AND NOT coalesce(l.retracted, false)
  RETURN o AS a, x AS b, f
}
WITH a, b, f
WHERE a <> b AND ($within IS NULL OR (a.id IN $within AND b.id IN $within))
  AND NOT coalesce(f.retracted, false) AND ($asOf IS NULL OR f.knownSince <= date($asOf))
  AND (($from IS NULL AND $to IS NULL) OR (f.earliest IS NOT NULL
       AND ($from IS NULL OR f.latest >= date($from)) AND ($to IS NULL OR f.earliest <= date($to))))
WITH a, b, count(DISTINCT f) AS weight, min(f.earliest) AS start, max(f.latest) AS end
RETURN 'said-about' AS kind, a.id AS source, b.id AS target, true AS directed, weight, start, end,
       [] AS roles
ORDER BY source, target
