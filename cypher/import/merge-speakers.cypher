// Purpose: the speakers of imported quotes as entities (the id the extractor gives the name, so an
//   imported speaker is the one articles name), with the Wikidata items the corpus gave for the name kept
//   for linking (importedQids) and the item it was linked to kept when the entity has none; an entity
//   that gains nothing is only read
// Params: $speakers: List<Map> - {id, name, kind, labels: List<String> (allow-listed: model/entity-kinds),
//   qids: List<String>, wikidataId (or null)}
// Returns: speakers - one row
// Row: { speakers: number }
// Mode: write
UNWIND $speakers AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.kind = row.kind, e.aliases = [row.name], e.aliasText = ' ' + row.name,
              e.wikidataId = row.wikidataId, e:$(row.labels)
// batches may be written at once: locked before the ids it lacks are read, so none another batch adds is lost
WITH e, row
CALL apoc.lock.nodes([e])
WITH e, row, [q IN row.qids WHERE NOT q IN coalesce(e.importedQids, [])] AS fresh
CALL (e, fresh) {
  WITH e, fresh WHERE size(fresh) > 0
  SET e.importedQids = coalesce(e.importedQids, []) + fresh
}
RETURN count(e) AS speakers
