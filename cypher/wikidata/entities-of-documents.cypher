// Purpose: the entities some documents name, so a Wikidata linking pass can be kept to them (the
//   sample corpus links its own entities, not those of other data in the graph)
// Params: $ids: List<String> - document ids
// Returns: id - one row per entity
// Row: { id: string }
// Mode: read
MATCH (d:Document)-[:MENTIONS]->(e:Entity)
WHERE d.id IN $ids
RETURN DISTINCT e.id AS id
ORDER BY id
