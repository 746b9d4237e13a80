// Purpose: a curator confirms or changes an entity's Wikidata item: the link becomes theirs (confidence 1,
//   kept by later linking passes), the entity's review candidates go, and a rejection of the same item is
//   withdrawn
// Params: $id: String; $qid: String; $evidence: String (JSON text)
// Returns: id - zero or one row
// Row: { id: string }
// Mode: write
MATCH (e:Entity {id: $id})
SET e.wikidataId = $qid, e.wikidataConfidence = 1.0, e.wikidataEvidence = $evidence, e.wikidataCurated = true
WITH e
CALL (e) {
  MATCH (c:WikidataCandidate {entityId: e.id})
  DELETE c
}
CALL (e) {
  MATCH (r:WikidataRejection {entityId: e.id, qid: $qid})
  DELETE r
}
RETURN e.id AS id
