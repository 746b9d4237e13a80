// Purpose: adds one surface form to an entity's aliases (and its full-text field)
// Params: $id: String; $alias: String
// Returns: id - zero or one row
// Row: { id: string }
// Mode: write
MATCH (e:Entity {id: $id})
SET e.aliases = CASE WHEN $alias IN coalesce(e.aliases, []) THEN e.aliases ELSE coalesce(e.aliases, []) + $alias END
SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
RETURN e.id AS id
