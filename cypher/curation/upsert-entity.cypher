// Purpose: creates an entity or updates its name and aliases (the caller checked the kind did not change), marked as
//   curated
// Params: $id: String; $name: String; $kind: String (EntityKind); $labels: List<String>
//   (allow-listed); $aliases: List<String>
// Returns: id - one row
// Row: { id: string }
// Mode: write
MERGE (e:Entity {id: $id})
ON CREATE SET e.kind = $kind, e.aliases = []
SET e:$($labels)
SET e.name = $name
// a curator made or named it: it stays when the documents that mention it go (ingest/delete-document)
SET e.curated = true
WITH e, [a IN $aliases + [$name] WHERE NOT a IN e.aliases] AS fresh
SET e.aliases = e.aliases + fresh
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
RETURN e.id AS id
