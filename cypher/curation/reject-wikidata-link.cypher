// Purpose: a curator rejects a Wikidata item for an entity: it is unlinked when it is the current link,
//   its review candidate goes, and the rejection stays so that no linking pass links or proposes it again
// Params: $id: String; $qid: String; $reason: String; $who: String
// Returns: id, unlinked (whether it was the entity's link) - zero or one row
// Row: { id: string; unlinked: boolean }
// Mode: write
MATCH (e:Entity {id: $id})
WITH e, e.wikidataId = $qid AS unlinked
MERGE (r:WikidataRejection {entityId: e.id, qid: $qid})
SET r.reason = $reason, r.who = $who, r.at = datetime()
WITH e, coalesce(unlinked, false) AS unlinked
CALL (e, unlinked) {
  WITH e WHERE unlinked
  REMOVE e.wikidataId, e.wikidataConfidence, e.wikidataEvidence, e.wikidataCurated
}
CALL (e) {
  MATCH (c:WikidataCandidate {entityId: e.id, qid: $qid})
  DELETE c
}
RETURN e.id AS id, unlinked
