// Purpose: the entities of the graph with their names and aliases, read once before a Wikidata linking pass
// Params: $ids: List<String>|null - only these entities (null: every entity)
// Returns: id, name, kind, aliases - one row per entity
// Row: { id: string; name: string; kind: EntityKind; aliases: string[] }
// Mode: read
MATCH (e:Entity)
WHERE $ids IS NULL OR e.id IN $ids
RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases
