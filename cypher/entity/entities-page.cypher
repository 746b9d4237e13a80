// Purpose: a page of entities by name (then id), filtered by kind, by a word of the name or an alias
//   (case-insensitive) and by Wikidata item, for entities(filter, first, after)
// Params: $kind: String|null; $name: String|null (lower-cased); $wikidataId: String|null;
//   $afterName: String|null; $afterId: String|null - the last entity of the previous page; $limit: Int
// Returns: asked (= id), id, name, kind, aliases, wikidataId - at most $limit rows, by name then id
// Row: { asked: string; id: string; name: string; kind: EntityKind; aliases: string[]; wikidataId: string | null }
// Mode: read
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($wikidataId IS NULL OR e.wikidataId = $wikidataId)
  AND ($name IS NULL OR toLower(e.name) CONTAINS $name
       OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS $name))
  AND ($afterName IS NULL OR e.name > $afterName OR (e.name = $afterName AND e.id > $afterId))
RETURN e.id AS asked, e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
  e.wikidataId AS wikidataId
ORDER BY name, id
LIMIT toInteger($limit)
