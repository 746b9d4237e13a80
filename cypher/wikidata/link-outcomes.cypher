// Purpose: what a linking pass made of some entities, for scoring it against expected items: each
//   entity's names, its item (or null) and the items kept for its review
// Params: $ids: List<String> - the entities
// Returns: id, name, aliases, qid, candidates - one row per entity found
// Row: { id: string; name: string; aliases: string[]; qid: string | null; candidates: string[] }
// Mode: read
MATCH (e:Entity)
WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases, e.wikidataId AS qid,
  COLLECT { MATCH (c:WikidataCandidate {entityId: e.id}) RETURN c.qid ORDER BY c.qid } AS candidates
ORDER BY id
