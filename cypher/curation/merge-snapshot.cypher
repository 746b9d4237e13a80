// Purpose: what mergeEntities kept of an entity it merged away, for unmergeEntities to check and undo
// Params: $id: String - the merged id
// Returns: into (the entity it was merged into then), at, current (where its redirect points now: the
//   entity that holds its relationships) - zero or one row
// Row: { into: string; at: string; current: string | null }
// Mode: read
MATCH (s:EntitySnapshot {snapshotOf: $id})
OPTIONAL MATCH (r:EntityRedirect {id: $id})
RETURN s.snapshotInto AS into, toString(s.snapshotAt) AS at, r.to AS current
