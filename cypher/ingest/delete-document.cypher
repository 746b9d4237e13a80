// Purpose: removes a document, the facts only it supported (quotes, claims, events, reports) and
//   entities left with no mention and no relation; facts other documents support stay, and so do
//   retracted facts (a curator's decision outlives the article version: a new version with the same
//   words finds the fact still retracted)
// Params: $id: String - document id
// Returns: deletedFacts, deletedEntities - one row
// Mode: write
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, collect(DISTINCT e) AS entities
OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
WITH d, entities, collect(DISTINCT f) AS facts
DETACH DELETE d
WITH entities, [f IN facts WHERE NOT (f)-[:SOURCED_FROM]->() AND NOT coalesce(f.retracted, false)] AS orphans
FOREACH (f IN orphans | DETACH DELETE f)
WITH entities, size(orphans) AS deletedFacts
UNWIND (CASE WHEN size(entities) = 0 THEN [null] ELSE entities END) AS e
WITH deletedFacts, e WHERE e IS NOT NULL AND NOT (e)--()
DETACH DELETE e
RETURN deletedFacts, count(e) AS deletedEntities
