// Purpose: the same words attributed to different speakers: the quotes and claims a person said, each
//   with the quotes or claims of the same words that sources attribute to someone else, found by their
//   words as written (textId) and however punctuated (wordsId: "We stay, and we fight." and "We stay and
//   we fight (...)"; facts written before wordsId existed have it once their document is written again)
// Params: $id: String - the speaker's entity id; $asOf: String|null (facts known later are left out);
//   $includeDeprecated: Boolean - facts curators deprecated too
// Returns: factId, otherIds (the same words said by other speakers) - one row per fact that has any
// Uses the textId and wordsId indexes (migrations 044, 045, 050, 051)
// Row: { factId: string; otherIds: string[] }
// Mode: read
CALL () {
  MATCH (p:Entity {id: $id})-[:SAID]->(q:Quote)
  WHERE (NOT coalesce(q.retracted, false) OR ($includeDeprecated AND coalesce(q.deprecated, false)))
    AND ($asOf IS NULL OR q.knownSince <= date($asOf))
  CALL (q) {
    MATCH (q2:Quote {textId: q.textId})
    RETURN q2
    UNION
    MATCH (q2:Quote {wordsId: q.wordsId})
    RETURN q2
  }
  MATCH (other:Entity)-[:SAID]->(q2)
  WHERE other <> p
    AND (NOT coalesce(q2.retracted, false) OR ($includeDeprecated AND coalesce(q2.deprecated, false)))
    AND ($asOf IS NULL OR q2.knownSince <= date($asOf))
  RETURN q.id AS factId, collect(DISTINCT q2.id) AS otherIds
  UNION
  MATCH (p:Entity {id: $id})-[:CLAIMED]->(c:Claim)
  WHERE (NOT coalesce(c.retracted, false) OR ($includeDeprecated AND coalesce(c.deprecated, false)))
    AND ($asOf IS NULL OR c.knownSince <= date($asOf))
  CALL (c) {
    MATCH (c2:Claim {textId: c.textId})
    RETURN c2
    UNION
    MATCH (c2:Claim {wordsId: c.wordsId})
    RETURN c2
  }
  MATCH (other:Entity)-[:CLAIMED]->(c2)
  WHERE other <> p
    AND (NOT coalesce(c2.retracted, false) OR ($includeDeprecated AND coalesce(c2.deprecated, false)))
    AND ($asOf IS NULL OR c2.knownSince <= date($asOf))
  RETURN c.id AS factId, collect(DISTINCT c2.id) AS otherIds
}
RETURN factId, otherIds
ORDER BY factId
