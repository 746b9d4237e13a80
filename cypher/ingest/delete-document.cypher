// Purpose: removes a document, the facts only it supported (quotes, claims, events, reports) and
//   entities left with no mention and no relation (unless a curator made or named them); facts
//   other documents support stay, and so do retracted facts (a curator's decision outlives the
//   article version: a new version with the same words finds the fact still retracted); the facts
//   that stay get knownSince and sourceCount anew, and their ids are returned so the caller can
//   rewrite their timeline entries (timeline/refresh-timeline-entries)
// Params: $id: String - document id
// Returns: deletedFacts, deletedEntities, keptFactIds (facts the document supported that stay) - one row
// Row: { deletedFacts: number; deletedEntities: number; keptFactIds: string[] }
// Mode: write
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, collect(DISTINCT e) AS entities
OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
WITH d, entities, collect(DISTINCT f) AS facts
DETACH DELETE d
WITH entities,
     [f IN facts WHERE NOT (f)-[:SOURCED_FROM]->() AND NOT coalesce(f.retracted, false)] AS orphans,
     [f IN facts WHERE (f)-[:SOURCED_FROM]->()] AS kept,
     [f IN facts WHERE (f)-[:SOURCED_FROM]->() OR coalesce(f.retracted, false) | f.id] AS keptFactIds
// Facts other documents still support may have lost their earliest source.
CALL (kept) {
  UNWIND kept AS f
  MATCH (f)-[:SOURCED_FROM]->(src:Document)
  WITH f, min(src.knownSince) AS since, count(src) AS sources
  SET f.knownSince = since, f.sourceCount = sources
  RETURN count(f) AS refreshed
}
FOREACH (f IN orphans | DETACH DELETE f)
WITH entities, size(orphans) AS deletedFacts, keptFactIds
CALL (entities) {
  UNWIND entities AS e
  // timeline entries are derived and do not keep an entity (they go with it, and their facts are refreshed)
  // nor does an entity a curator made or named (curation/upsert-entity): a split mention may be its only one
  WITH e WHERE NOT EXISTS { (e)-[r]-() WHERE NOT r:ON_TIMELINE } AND NOT coalesce(e.curated, false)
  DETACH DELETE e
  RETURN count(e) AS deletedEntities
}
RETURN deletedFacts, deletedEntities, keptFactIds
