// Purpose: links entities to their Wikidata item (QID, confidence, evidence as JSON text); linking again
//   with the same values changes nothing; a link a curator set or an item they rejected is left alone;
//   review candidates an earlier pass kept for a linked entity go
// Params: $links: List<Map> - {entityId: String, qid: String, confidence: Float, evidence: String}
// Returns: linked (entities found), changed (entities whose link was new or different) - one row
// Row: { linked: number; changed: number }
// Mode: write
UNWIND $links AS l
MATCH (e:Entity {id: l.entityId})
// a curator's decision made while the pass read its files still wins
WHERE NOT coalesce(e.wikidataCurated, false)
  AND NOT EXISTS { MATCH (:WikidataRejection {entityId: l.entityId, qid: l.qid}) }
WITH e, l, e.wikidataId IS NULL OR e.wikidataId <> l.qid OR e.wikidataConfidence <> l.confidence
  OR e.wikidataEvidence <> l.evidence AS changes
SET e.wikidataId = l.qid, e.wikidataConfidence = l.confidence, e.wikidataEvidence = l.evidence
// the entity's review candidates of an earlier pass are settled by the link
WITH e, changes
CALL (e) {
  MATCH (c:WikidataCandidate {entityId: e.id})
  DELETE c
}
RETURN count(e) AS linked, sum(CASE WHEN changes THEN 1 ELSE 0 END) AS changed
