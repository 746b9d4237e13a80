// Purpose: the speakers of imported quotes as Person entities (the same id the extractor gives the
//   name, so an imported speaker is the person articles name), with the Wikidata items the importing
//   corpus gave for the name kept for linking (importedQids); an entity that gains nothing is only read
// Params: $speakers: List<Map> - {id, name, qids: List<String>}; $kind: String and $labels: List<String> -
//   a person's kind and labels (allow-listed: model/entity-kinds)
// Returns: speakers - one row
// Row: { speakers: number }
// Mode: write
UNWIND $speakers AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.kind = $kind, e.aliases = [row.name], e.aliasText = ' ' + row.name,
              e:$($labels)
WITH e, row, [q IN row.qids WHERE NOT q IN coalesce(e.importedQids, [])] AS fresh
CALL (e, fresh) {
  WITH e, fresh WHERE size(fresh) > 0
  SET e.importedQids = coalesce(e.importedQids, []) + fresh
}
RETURN count(e) AS speakers
