// Purpose: merges dated relations between entities, events and claims (HELD_ROLE, PARTICIPATED_IN,
//   HANDED_OVER_TO ...). One relationship per fact id; each supporting document adds itself to
//   sourceDocs, its evidence ("docId|start|end|extractor|confidence") to evidence and the evidence's text
//   ("docId|start|end|text", so reads need not load the document's text) to excerpts, and knownSince
//   becomes the earlier of the relation's and the document's (a replaced version recomputes it after); fromId and
//   toId name its ends, so a relation can be sought by index from either end (a role change on a timeline)
// Params: $docId: String; $relations: List<Map> - {id, type (allow-listed), from, to, role, properties: Map,
//   edtf, earliest, latest, precision, evidence: List<String>, excerpts: List<String>}
// Returns: relations - one row
// Row: { relations: number }
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $relations AS row
CALL {
  WITH row
  MATCH (a:Entity {id: row.from}) RETURN a
  UNION
  WITH row
  MATCH (a:Event {id: row.from}) RETURN a
  UNION
  WITH row
  MATCH (a:Claim {id: row.from}) RETURN a
}
CALL {
  WITH row
  MATCH (b:Entity {id: row.to}) RETURN b
  UNION
  WITH row
  MATCH (b:Event {id: row.to}) RETURN b
  UNION
  WITH row
  MATCH (b:Claim {id: row.to}) RETURN b
}
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
ON CREATE SET r += row.properties, r.sourceDocs = [], r.evidence = []
SET r.fromId = a.id, r.toId = b.id,
    r.edtf = coalesce(r.edtf, row.edtf),
    r.earliest = coalesce(r.earliest, date(row.earliest)),
    r.latest = coalesce(r.latest, date(row.latest)),
    r.precision = coalesce(r.precision, row.precision)
SET r.evidence = [x IN r.evidence WHERE NOT x STARTS WITH $docId + '|'] + row.evidence,
    r.excerpts = [x IN coalesce(r.excerpts, []) WHERE NOT x STARTS WITH $docId + '|'] + row.excerpts,
    r.sourceDocs = CASE WHEN $docId IN r.sourceDocs THEN r.sourceDocs ELSE r.sourceDocs + $docId END,
    r.knownSince = CASE WHEN r.knownSince IS NULL OR d.knownSince < r.knownSince THEN d.knownSince ELSE r.knownSince END
// a relation hidden because its only source was withdrawn (curation/withdraw-document) has a source again
FOREACH (_ IN CASE WHEN r.hiddenByWithdrawal THEN [1] ELSE [] END |
  REMOVE r.retracted, r.retractedReason, r.retractedAt, r.retractedBy, r.hiddenByWithdrawal)
RETURN count(r) AS relations
