// Purpose: entities by id, for entity(id), node(id) and the per-request entity loader; an id merged away
//   by mergeEntities answers with the entity it was merged into
// Params: $ids: List<String>
// Returns: asked (the id given), id, name, kind, aliases, wikidataId (null when unlinked) - one row per given id found
// Row: { asked: string; id: string; name: string; kind: EntityKind; aliases: string[]; wikidataId: string | null }
// Mode: read
UNWIND $ids AS asked
OPTIONAL MATCH (redirect:EntityRedirect {id: asked})
MATCH (e:Entity {id: coalesce(redirect.to, asked)})
RETURN asked, e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
  e.wikidataId AS wikidataId
