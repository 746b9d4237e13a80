// Purpose: an entity as curation sees it (for checks and the before/after of audit entries)
// Params: $id: String
// Returns: id, name, kind, aliases, labels, mergedIds - zero or one row
// Row: { id: string; name: string; kind: EntityKind; aliases: string[]; labels: string[]; mergedIds: string[] }
// Mode: read
MATCH (e:Entity {id: $id})
RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
       [l IN labels(e) WHERE l <> 'Entity'] AS labels, coalesce(e.mergedIds, []) AS mergedIds
