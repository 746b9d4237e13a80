// Purpose: removes a document, the facts only it supported (quotes, claims, events, reports) and
//   entities left with no mention and no relation; facts other documents support stay, and so do
//   retracted facts (a curator's decision outlives the article version: a new version with the same
//   words finds the fact still retracted); the facts that stay get knownSince and sourceCount anew
// Params: $id: String - document id
// Returns: deletedFacts, deletedEntities - one row
// Mode: write
MATCH (d:Document {id: $id})
OPTIONAL MATCH (d)-[:MENTIONS]->(e:Entity)
WITH d, collect(DISTINCT e) AS entities
OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
WITH d, entities, collect(DISTINCT f) AS facts
DETACH DELETE d
WITH entities,
     [f IN facts WHERE NOT (f)-[:SOURCED_FROM]->() AND NOT coalesce(f.retracted, false)] AS orphans,
     [f IN facts WHERE (f)-[:SOURCED_FROM]->()] AS kept
// Facts other documents still support may have lost their earliest source.
CALL {
  WITH kept
  UNWIND kept AS f
  MATCH (f)-[:SOURCED_FROM]->(src:Document)
  WITH f, min(src.knownSince) AS since, count(src) AS sources
  SET f.knownSince = since, f.sourceCount = sources
  RETURN count(f) AS refreshed
}
FOREACH (f IN orphans | DETACH DELETE f)
WITH entities, size(orphans) AS deletedFacts
UNWIND (CASE WHEN size(entities) = 0 THEN [null] ELSE entities END) AS e
WITH deletedFacts, e WHERE e IS NOT NULL AND NOT (e)--()
DETACH DELETE e
RETURN deletedFacts, count(e) AS deletedEntities
