// Purpose: after unmerge-entity, gives the mentions $merge had when it was merged back to it (its
//   EntitySnapshot's JSON) and takes them from $keep's mention in the same document (removed when none is
//   left), then deletes the snapshot. A document removed since is skipped.
// Params: $keep: String; $merge: String
// Returns: documents - one row: documents whose mentions moved back
// Row: { documents: number }
// Mode: write
MATCH (s:EntitySnapshot {snapshotOf: $merge}), (m:Entity {id: $merge})
CALL (s, m) {
  UNWIND apoc.convert.fromJsonList(s.snapshotMentions) AS was
  MATCH (d:Document {id: was.documentId})
  MERGE (d)-[x:MENTIONS]->(m)
  SET x.starts = [p IN was.starts | toInteger(p)], x.ends = [p IN was.ends | toInteger(p)], x.count = size(was.starts)
  WITH d, x
  OPTIONAL MATCH (d)-[y:MENTIONS]->(:Entity {id: $keep})
  WITH x, y, [i IN range(0, size(coalesce(y.starts, [])) - 1) WHERE NOT y.starts[i] IN x.starts] AS left
  CALL (y, left) {
    WITH y, left WHERE y IS NOT NULL AND size(left) = 0
    DELETE y
  }
  CALL (y, left) {
    WITH y, left WHERE y IS NOT NULL AND size(left) > 0
    SET y.starts = [i IN left | y.starts[i]], y.ends = [i IN left | y.ends[i]], y.count = size(left)
  }
  RETURN count(x) AS documents
}
DELETE s
RETURN documents
