// Purpose: what the graph knows around entities that several Wikidata items fit, so a linking pass can
//   choose the one it supports: the entities related to each (any relation but a mention) and those named
//   in the same documents (at most 500 of each), with their ids, names, aliases and items, and the titles
//   of the roles it holds
// Params: $ids: List<String> - the entities
// Returns: id, near (related or co-mentioned entities), roles (its role titles) - one row per entity found
// Row: { id: string; near: { id: string; name: string; aliases: string[]; qid: string | null }[];
//   roles: string[] }
// Mode: read
UNWIND $ids AS id
MATCH (e:Entity {id: id})
CALL (e) {
  MATCH (e)-[r]-(o:Entity)
  WHERE type(r) <> 'MENTIONS' AND o <> e
  RETURN o
  LIMIT 500
  UNION
  MATCH (e)<-[:MENTIONS]-(:Document)-[:MENTIONS]->(o:Entity)
  WHERE o <> e
  RETURN o
  LIMIT 500
}
WITH e, collect(DISTINCT {id: o.id, name: o.name, aliases: coalesce(o.aliases, []), qid: o.wikidataId}) AS near
RETURN e.id AS id, near,
  COLLECT { MATCH (e)-[r:HELD_ROLE]-() WHERE r.role IS NOT NULL RETURN DISTINCT r.role } AS roles
