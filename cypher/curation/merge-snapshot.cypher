// Purpose: what mergeEntities kept of an entity it merged away, for unmergeEntities to check and undo
// Params: $id: String - the merged id
// Returns: id, name, kind, into, at, into (the entity it was merged into then), current (where its redirect
//   points now: the entity that holds its relationships) - zero or one row
// Row: { id: string; name: string; kind: EntityKind; into: string; at: string; current: string | null }
// Mode: read
MATCH (s:EntitySnapshot {snapshotOf: $id})
OPTIONAL MATCH (r:EntityRedirect {id: $id})
RETURN s.snapshotOf AS id, s.name AS name, s.kind AS kind, s.snapshotInto AS into, toString(s.snapshotAt) AS at,
       r.to AS current
