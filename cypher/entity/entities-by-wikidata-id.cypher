// Purpose: the entities linked to one Wikidata item, for search by QID
// Params: $qid: String; $kinds: List<String>|null - entity kinds to keep (all when null)
// Returns: id - one row per entity linked to the item, by id
// Row: { id: string }
// Mode: read
MATCH (e:Entity {wikidataId: $qid})
WHERE $kinds IS NULL OR e.kind IN $kinds
RETURN e.id AS id
ORDER BY id
