// Purpose: the quotes and claims whose clusters a listing shows: a speaker's (or everyone's when $speakerId is
//   null) first known between $from and $to, oldest first, at most $limit; retracted ones left out
// Params: $speakerId: String|null; $from: String|null; $to: String|null (YYYY-MM-DD); $limit: Integer
// Returns: id - one row per quote or claim
// Row: { id: string }
// Mode: read
CALL () {
  MATCH (s:Entity {id: $speakerId})-[:SAID|CLAIMED]->(r)
  WHERE $speakerId IS NOT NULL
  RETURN r
  UNION
  MATCH (r:Quote)
  WHERE $speakerId IS NULL AND r.knownSince >= date(coalesce($from, '0001-01-01'))
  RETURN r
  UNION
  MATCH (r:Claim)
  WHERE $speakerId IS NULL AND r.knownSince >= date(coalesce($from, '0001-01-01'))
  RETURN r
}
WITH r
WHERE r.knownSince IS NOT NULL AND NOT coalesce(r.retracted, false)
  AND ($from IS NULL OR r.knownSince >= date($from)) AND ($to IS NULL OR r.knownSince <= date($to))
RETURN r.id AS id
ORDER BY r.knownSince, id
LIMIT toInteger($limit)
