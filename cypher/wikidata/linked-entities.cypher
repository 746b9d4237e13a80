// Purpose: every entity linked to a Wikidata item, for the statement import: a statement's other end
//   (an organization, a place) is imported only when its item is linked to an entity of the graph
// Params: $ids: List<String>|null - only these entities (null: every linked entity)
// Returns: entityId, qid - one row per linked entity
// Uses the index of migration 041 (Entity.wikidataId)
// Row: { entityId: string; qid: string }
// Mode: read
MATCH (e:Entity)
WHERE e.wikidataId IS NOT NULL AND ($ids IS NULL OR e.id IN $ids)
RETURN e.id AS entityId, e.wikidataId AS qid
ORDER BY e.id
