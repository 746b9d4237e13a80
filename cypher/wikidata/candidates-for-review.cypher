// Purpose: the Wikidata items kept for review (entities with more than one fitting item), for curators
// Params: $entityId: String|null - one entity's (null: every entity's); $limit: Int
// Returns: entityId, qid, label, description, confidence, evidence (JSON text) - of entities that exist, by
//   entity, then best first
// Row: { entityId: string; qid: string; label: string; description: string; confidence: number;
//   evidence: string }
// Mode: read
MATCH (c:WikidataCandidate)
WHERE ($entityId IS NULL OR c.entityId = $entityId) AND EXISTS { MATCH (:Entity {id: c.entityId}) }
RETURN c.entityId AS entityId, c.qid AS qid, c.label AS label, coalesce(c.description, '') AS description,
  c.confidence AS confidence, c.evidence AS evidence
ORDER BY entityId, confidence DESC, qid
LIMIT toInteger($limit)
