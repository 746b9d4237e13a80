// Purpose: the entities linked to one Wikidata item, for search by QID
// Params: $qid: String; $kinds: List<String>|null - entity kinds to keep (all when null)
// Returns: asked, id, name, kind, aliases, wikidataId (as entity/entities-by-id, so the API's entity loader
//   is primed with them) - one row per entity linked to the item, by id
// Row: { asked: string; id: string; name: string; kind: EntityKind; aliases: string[]; wikidataId: string | null }
// Mode: read
MATCH (e:Entity {wikidataId: $qid})
WHERE $kinds IS NULL OR e.kind IN $kinds
RETURN e.id AS asked, e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
  e.wikidataId AS wikidataId
ORDER BY id
