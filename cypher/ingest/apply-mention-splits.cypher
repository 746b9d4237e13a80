// Purpose: puts curators' mention splits (curation/record-mention-split) on a document's mentions: the spans
//   whose words a split names move from the entity the extractor joined them to onto the entity the curator
//   chose; a mention left with no span goes. Run after every write of the document's entities and by the
//   split itself.
// Params: $docId: String
// Returns: moved - one row: how many spans moved
// Row: { moved: number }
// Mode: write
// a seek on the MentionSplit index; most documents have none and stop here
MATCH (s:MentionSplit {docId: $docId})
MATCH (d:Document {id: $docId})-[m:MENTIONS]->(:Entity {id: s.fromId})
MATCH (t:Entity {id: s.toId})
WITH d, m, t, [i IN range(0, size(m.starts) - 1)
       WHERE m.ends[i] - size(s.surface) >= 0 AND m.ends[i] - size(s.surface) <= m.starts[i]
         AND substring(d.text, m.ends[i] - size(s.surface), size(s.surface)) = s.surface] AS hits
WHERE size(hits) > 0
MERGE (d)-[mt:MENTIONS]->(t)
ON CREATE SET mt.starts = [], mt.ends = []
SET mt.starts = mt.starts + [i IN hits | m.starts[i]], mt.ends = mt.ends + [i IN hits | m.ends[i]]
SET mt.count = size(mt.starts)
WITH m, hits, [i IN range(0, size(m.starts) - 1) WHERE NOT i IN hits] AS keep
SET m.starts = [i IN keep | m.starts[i]], m.ends = [i IN keep | m.ends[i]], m.count = size(keep)
WITH m, size(hits) AS moved
CALL (m) {
  WITH m WHERE m.count = 0
  DELETE m
}
RETURN sum(moved) AS moved
