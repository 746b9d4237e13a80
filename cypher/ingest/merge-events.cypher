// Purpose: merges the events of a document (press conferences, meetings) with time, place and source
// Params: $docId: String; $extractor: String; $events: List<Map> - {id, name, type, placeId (or null),
//   edtf, earliest, latest, precision, start, end, excerpt (the text between start and end, kept with the span so
//   reads need not load the document's text), confidence}
// Returns: events - one row
// Row: { events: number }
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $events AS row
MERGE (ev:Event {id: row.id})
ON CREATE SET ev.name = row.name, ev.type = row.type
SET ev.edtf = coalesce(ev.edtf, row.edtf),
    ev.earliest = coalesce(ev.earliest, date(row.earliest)),
    ev.latest = coalesce(ev.latest, date(row.latest)),
    ev.precision = coalesce(ev.precision, row.precision)
MERGE (ev)-[s:SOURCED_FROM]->(d)
SET s.start = toInteger(row.start), s.end = toInteger(row.end), s.excerpt = row.excerpt, s.extractor = $extractor,
    s.confidence = row.confidence
// a fact hidden because its only source was withdrawn (curation/withdraw-document) has a source again
FOREACH (_ IN CASE WHEN ev.hiddenByWithdrawal THEN [1] ELSE [] END |
  REMOVE ev.retracted, ev.retractedReason, ev.retractedAt, ev.retractedBy, ev.hiddenByWithdrawal)
WITH ev, row
CALL {
  WITH ev, row
  WITH ev, row WHERE row.placeId IS NOT NULL
  MATCH (p:Entity {id: row.placeId})
  MERGE (ev)-[:LOCATED_IN]->(p)
}
RETURN count(ev) AS events
