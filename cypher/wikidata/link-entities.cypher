// Purpose: links entities to their Wikidata item (QID, confidence, evidence as JSON text); linking again
//   with the same values changes nothing
// Params: $links: List<Map> - {entityId: String, qid: String, confidence: Float, evidence: String}
// Returns: linked (entities found), changed (entities whose link was new or different) - one row
// Row: { linked: number; changed: number }
// Mode: write
UNWIND $links AS l
MATCH (e:Entity {id: l.entityId})
WITH e, l, e.wikidataId IS NULL OR e.wikidataId <> l.qid OR e.wikidataConfidence <> l.confidence
  OR e.wikidataEvidence <> l.evidence AS changes
SET e.wikidataId = l.qid, e.wikidataConfidence = l.confidence, e.wikidataEvidence = l.evidence
RETURN count(e) AS linked, sum(CASE WHEN changes THEN 1 ELSE 0 END) AS changed
