// Purpose: the marked spans of one document: the evidence of its quotes, claims, events and reports, and
//   where entities are named, in text order (retracted facts left out)
// Params: $id: String - the document id
// Returns: kind, start, end, text, factId, entityId - one row per span
// Mode: read
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (f)-[s:SOURCED_FROM]->(d)
  WHERE NOT coalesce(f.retracted, false)
  RETURN CASE WHEN f:Quote THEN 'QUOTE' WHEN f:Claim THEN 'CLAIM' WHEN f:Event THEN 'EVENT' ELSE 'REPORT' END AS kind,
         s.start AS start, s.end AS end, f.id AS factId, null AS entityId
  UNION ALL
  MATCH (d)-[m:MENTIONS]->(e:Entity)
  UNWIND range(0, size(m.starts) - 1) AS i
  RETURN 'MENTION' AS kind, m.starts[i] AS start, m.ends[i] AS end, null AS factId, e.id AS entityId
}
WITH d, kind, start, end, factId, entityId WHERE start IS NOT NULL AND end IS NOT NULL
RETURN kind, start, end, substring(d.text, start, end - start) AS text, factId, entityId
ORDER BY start, end DESC, kind
