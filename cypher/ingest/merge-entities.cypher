// Purpose: merges the entities of a document (stable ids), adds their labels and aliases, and links
//   each to the document with its mention spans; an entity that gains nothing is only read
// Params: $docId: String; $entities: List<Map> - {id, name, kind, labels: List<String>
//   (allow-listed), aliases: List<String>, starts: List<Int>, ends: List<Int>}
// Returns: entities - one row: how many were merged
// Row: { entities: number }
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.kind = row.kind, e.aliases = []
WITH d, row, e, [a IN row.aliases WHERE NOT a IN e.aliases] AS fresh
// Written only when something is new: a SET takes the entity's write lock until commit even when it
// changes nothing, and every article naming a popular entity would then wait for every other one.
CALL (e, row, fresh) {
  WITH e, row, fresh WHERE size(fresh) > 0 OR any(l IN row.labels WHERE NOT l IN labels(e))
  SET e:$(row.labels), e.aliases = e.aliases + fresh
  SET e.aliasText = reduce(s = '', a IN e.aliases | s + ' ' + a)
}
MERGE (d)-[m:MENTIONS]->(e)
SET m.starts = [x IN row.starts | toInteger(x)], m.ends = [x IN row.ends | toInteger(x)], m.count = size(row.starts)
RETURN count(e) AS entities
