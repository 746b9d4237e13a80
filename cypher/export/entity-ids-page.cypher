// Purpose: a page of entity ids in id order, for the graph export's walk over the whole graph (keyset
//   paging: the id index answers each page from where the last one stopped)
// Params: $afterId: String|null - the last id of the previous page; $limit: Int
// Returns: id - at most $limit rows, by id
// Row: { id: string }
// Mode: read
MATCH (e:Entity)
WHERE e.id > coalesce($afterId, '')
RETURN e.id AS id
ORDER BY id
LIMIT toInteger($limit)
