// Purpose: merges the reports by outlets a document cites ("nach Angaben von Reuters"): who published
//   it, when, what it reports on, and the source span
// Params: $docId: String; $extractor: String; $reports: List<Map> - {id, publisherId, cue, about: List<String>,
//   edtf, earliest, latest, precision, start, end, excerpt (the text between start and end, kept with the span so
//   reads need not load the document's text), confidence}
// Returns: reports - one row
// Row: { reports: number }
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $reports AS row
MATCH (outlet:Entity {id: row.publisherId})
MERGE (r:Report {id: row.id})
ON CREATE SET r.cue = row.cue
SET r.edtf = coalesce(r.edtf, row.edtf),
    r.earliest = coalesce(r.earliest, date(row.earliest)),
    r.latest = coalesce(r.latest, date(row.latest)),
    r.precision = coalesce(r.precision, row.precision)
MERGE (outlet)-[p:PUBLISHED]->(r)
SET p.edtf = r.edtf, p.earliest = r.earliest, p.latest = r.latest, p.precision = r.precision
MERGE (r)-[s:SOURCED_FROM]->(d)
SET s.start = toInteger(row.start), s.end = toInteger(row.end), s.excerpt = row.excerpt, s.cue = row.cue,
    s.extractor = $extractor, s.confidence = row.confidence
// a fact hidden because its only source was withdrawn (curation/withdraw-document) has a source again
FOREACH (_ IN CASE WHEN r.hiddenByWithdrawal THEN [1] ELSE [] END |
  REMOVE r.retracted, r.retractedReason, r.retractedAt, r.retractedBy, r.hiddenByWithdrawal)
WITH r, row
CALL {
  WITH r, row
  UNWIND row.about AS aboutId
  CALL {
    WITH aboutId
    MATCH (x:Claim {id: aboutId}) RETURN x
    UNION
    WITH aboutId
    MATCH (x:Event {id: aboutId}) RETURN x
    UNION
    WITH aboutId
    MATCH (x:Quote {id: aboutId}) RETURN x
    UNION
    WITH aboutId
    MATCH (x:Entity {id: aboutId}) RETURN x
  }
  MERGE (r)-[:REPORTS_ON]->(x)
}
RETURN count(r) AS reports
