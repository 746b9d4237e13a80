// Purpose: entities by id, for entity(id), node(id) and the per-request entity loader
// Params: $ids: List<String>
// Returns: id, name, kind, aliases - one row per id found
// Mode: read
MATCH (e:Entity) WHERE e.id IN $ids
RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases
