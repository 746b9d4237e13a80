// Purpose: how many entities entities(filter) lists in all, for its totalCount
// Params: $kind: String|null; $name: String|null (lower-cased); $wikidataId: String|null
// Returns: n - one row
// Row: { n: number }
// Mode: read
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($wikidataId IS NULL OR e.wikidataId = $wikidataId)
  AND ($name IS NULL OR toLower(e.name) CONTAINS $name
       OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $name))
RETURN count(e) AS n
