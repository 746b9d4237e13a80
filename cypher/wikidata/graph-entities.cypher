// Purpose: the entities of the graph with their names and aliases, read once before a Wikidata linking
//   pass, with what curators decided: a link they set is kept, and an item they rejected is never
//   linked or proposed again
// Params: $ids: List<String>|null - only these entities (null: every entity)
// Returns: id, name, kind, aliases, curated (a curator set the link), rejected (QIDs curators rejected),
//   wikidataId (the item it is linked to, or null), different (entities curators judged different from it,
//   with the item each is linked to: never linked to the same item) - one row per entity
// Row: { id: string; name: string; kind: EntityKind; aliases: string[]; curated: boolean; rejected: string[];
//   wikidataId: string | null; different: { id: string; qid: string | null }[] }
// Mode: read
MATCH (e:Entity)
WHERE $ids IS NULL OR e.id IN $ids
RETURN e.id AS id, e.name AS name, e.kind AS kind, coalesce(e.aliases, []) AS aliases,
  coalesce(e.wikidataCurated, false) AS curated,
  COLLECT { MATCH (r:WikidataRejection {entityId: e.id}) RETURN r.qid } AS rejected, e.wikidataId AS wikidataId,
  COLLECT {
    MATCH (j:IdentityJudgement {judgement: 'different'}) WHERE j.a = e.id OR j.b = e.id
    WITH CASE WHEN j.a = e.id THEN j.b ELSE j.a END AS other
    OPTIONAL MATCH (o:Entity {id: other})
    RETURN {id: other, qid: o.wikidataId} AS d
  } AS different
