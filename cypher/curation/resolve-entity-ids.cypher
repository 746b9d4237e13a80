// Purpose: the current id of each given entity id: itself, or the entity it was merged into
// Params: $ids: List<String>
// Returns: id, resolved - one row per given id (resolved = id when there is no redirect)
// Row: { id: string; resolved: string }
// Mode: read
UNWIND $ids AS id
OPTIONAL MATCH (r:EntityRedirect {id: id})
RETURN id, coalesce(r.to, id) AS resolved
