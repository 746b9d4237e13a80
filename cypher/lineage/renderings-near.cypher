// Purpose: quotes and claims with the renderings that could render the same statement (quote lineage,
//   docs/lineage.md): by the same speaker, or by none, first known within $windowDays days of them (at most
//   $limit of each); retracted ones left out
// Params: $ids: List<String> - quote or claim ids; $windowDays: Integer; $limit: Integer
// Returns: rendering and candidates, each {id, text, lang, reported, speakerId, firstSeen} - one row per id
//   found
// Row: { rendering: LineageRendering; candidates: LineageRendering[] }
// Mode: read
UNWIND $ids AS id
CALL (id) {
  MATCH (r:Quote {id: id}) RETURN r
  UNION
  MATCH (r:Claim {id: id}) RETURN r
}
WITH r WHERE r.knownSince IS NOT NULL AND NOT coalesce(r.retracted, false)
OPTIONAL MATCH (s:Entity)-[:SAID|CLAIMED]->(r)
WITH r, s, duration({days: toInteger($windowDays)}) AS window
WITH r, s, r.knownSince - window AS lo, r.knownSince + window AS hi
CALL (r, s, lo, hi) {
  MATCH (s)-[:SAID|CLAIMED]->(c)
  WHERE c <> r AND c.knownSince >= lo AND c.knownSince <= hi AND NOT coalesce(c.retracted, false)
  RETURN c
  LIMIT toInteger($limit)
  UNION
  MATCH (c:Quote)
  WHERE c.knownSince >= lo AND c.knownSince <= hi AND c <> r AND NOT coalesce(c.retracted, false)
    AND NOT EXISTS { (:Entity)-[:SAID]->(c) }
  RETURN c
  LIMIT toInteger($limit)
  UNION
  MATCH (c:Claim)
  WHERE c.knownSince >= lo AND c.knownSince <= hi AND c <> r AND NOT coalesce(c.retracted, false)
    AND NOT EXISTS { (:Entity)-[:CLAIMED]->(c) }
  RETURN c
  LIMIT toInteger($limit)
}
WITH r, s, collect(DISTINCT c) AS cs
RETURN {id: r.id, text: r.text, lang: coalesce(r.lang, ''), reported: r:Claim, speakerId: s.id,
    firstSeen: toString(r.knownSince)} AS rendering,
  [c IN cs | {id: c.id, text: c.text, lang: coalesce(c.lang, ''), reported: c:Claim,
    speakerId: COLLECT { MATCH (x:Entity)-[:SAID|CLAIMED]->(c) RETURN x.id LIMIT 1 }[0],
    firstSeen: toString(c.knownSince)}] AS candidates
