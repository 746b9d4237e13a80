// Purpose: an entity's Wikidata link and review state, for the before/after of curators' link decisions
// Params: $id: String
// Returns: id, wikidataId, confidence, curated, candidates (QIDs kept for review), rejected (QIDs
//   rejected) - zero or one row
// Row: { id: string; wikidataId: string | null; confidence: number | null; curated: boolean;
//   candidates: string[]; rejected: string[] }
// Mode: read
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.wikidataId AS wikidataId, e.wikidataConfidence AS confidence,
  coalesce(e.wikidataCurated, false) AS curated,
  COLLECT { MATCH (c:WikidataCandidate {entityId: e.id}) RETURN c.qid ORDER BY c.qid } AS candidates,
  COLLECT { MATCH (r:WikidataRejection {entityId: e.id}) RETURN r.qid ORDER BY r.qid } AS rejected
