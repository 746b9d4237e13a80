// Purpose: one page of the marked spans of a document: the evidence of its quotes, claims, events and
//   reports, and where entities are named, in text order (retracted facts left out), with their number.
//   The span's characters are not read here: reading d.text once per span copied the whole text for
//   every row, and one 3 MB document's spans took the server's heap (issue 17); callers cut them from
//   Document.text
// Params: $id: String - the document id; $afterKey: String|null - the key of the last span of the page
//   before; $first: Int - the page size
// Returns: total (Int: all spans of the document), items (List<Map {kind, start, end, factId, entityId,
//   key}>: at most $first + 1, so the caller can tell there is more) - exactly one row (total 0 when there
//   is no such document)
// Row: { total: number; items: StoredSpan[] }
// Mode: read
MATCH (d:Document {id: $id})
CALL (d) {
  MATCH (f)-[s:SOURCED_FROM]->(d)
  WHERE NOT coalesce(f.retracted, false)
  RETURN CASE WHEN f:Quote THEN 'QUOTE' WHEN f:Claim THEN 'CLAIM' WHEN f:Event THEN 'EVENT' ELSE 'REPORT' END AS kind,
         s.start AS start, s.end AS end, f.id AS factId, null AS entityId
  UNION ALL
  MATCH (d)-[m:MENTIONS]->(e:Entity)
  // the lists read once per entity: m.starts[i] read the whole list again for every mention
  WITH e, m.starts AS starts, m.ends AS ends
  UNWIND range(0, size(starts) - 1) AS i
  RETURN 'MENTION' AS kind, starts[i] AS start, ends[i] AS end, null AS factId, e.id AS entityId
}
WITH kind, start, end, factId, entityId WHERE start IS NOT NULL AND end IS NOT NULL
// text order: start, then the longer span first (a quote before the name inside it), then kind and id;
// numbers padded so that the key sorts as the spans do
WITH kind, start, end, factId, entityId,
     right('000000000' + toString(start), 10) + '|' + right('000000000' + toString(9999999999 - end), 10) + '|' +
     kind + '|' + coalesce(factId, entityId) AS key
ORDER BY key
WITH collect({kind: kind, start: start, end: end, factId: factId, entityId: entityId, key: key}) AS spans
RETURN size(spans) AS total,
       [x IN spans WHERE $afterKey IS NULL OR x.key > $afterKey][0..toInteger($first) + 1] AS items
