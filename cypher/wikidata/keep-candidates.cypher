// Purpose: keeps the Wikidata items an entity could be, when more than one fits, for a curator to review
//   (one WikidataCandidate per entity and QID: keeping them again changes nothing)
// Params: $candidates: List<Map> - {entityId: String, qid: String, label: String, description: String,
//   confidence: Float, evidence: String}
// Returns: kept (candidates of existing entities), created (new ones) - one row
// Row: { kept: number; created: number }
// Mode: write
UNWIND $candidates AS c
MATCH (e:Entity {id: c.entityId})
WHERE NOT coalesce(e.wikidataCurated, false)
  AND NOT EXISTS { MATCH (:WikidataRejection {entityId: c.entityId, qid: c.qid}) }
OPTIONAL MATCH (old:WikidataCandidate {entityId: c.entityId, qid: c.qid})
WITH c, old IS NULL AS fresh
MERGE (w:WikidataCandidate {entityId: c.entityId, qid: c.qid})
SET w.label = c.label, w.description = c.description, w.confidence = c.confidence, w.evidence = c.evidence
RETURN count(w) AS kept, sum(CASE WHEN fresh THEN 1 ELSE 0 END) AS created
