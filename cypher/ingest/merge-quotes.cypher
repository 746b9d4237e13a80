// Purpose: merges the direct quotes of a document: the Quote (one per text and speaker, whatever the
//   number of articles), who said it and when, the event it was said at, and its source span
// Params: $docId: String; $extractor: String; $quotes: List<Map> - {id, text, lang, kind, speakerId (or null),
//   speakerDescription, cue, eventId (or null), edtf, earliest, latest, precision, start, end, confidence}
// Returns: quotes - one row
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $quotes AS row
MERGE (q:Quote {id: row.id})
ON CREATE SET q.text = row.text, q.lang = row.lang, q.kind = row.kind,
              q.textDe = CASE WHEN row.lang = 'de' THEN row.text END,
              q.textEn = CASE WHEN row.lang = 'en' THEN row.text END
SET q.speakerDescription = coalesce(q.speakerDescription, row.speakerDescription),
    q.edtf = coalesce(q.edtf, row.edtf),
    q.earliest = coalesce(q.earliest, date(row.earliest)),
    q.latest = coalesce(q.latest, date(row.latest)),
    q.precision = coalesce(q.precision, row.precision)
MERGE (q)-[s:SOURCED_FROM]->(d)
SET s.start = toInteger(row.start), s.end = toInteger(row.end), s.cue = row.cue, s.extractor = $extractor, s.confidence = row.confidence
WITH q, row
CALL {
  WITH q, row
  WITH q, row WHERE row.speakerId IS NOT NULL
  MATCH (p:Entity {id: row.speakerId})
  MERGE (p)-[r:SAID]->(q)
  SET r.edtf = q.edtf, r.earliest = q.earliest, r.latest = q.latest, r.precision = q.precision
}
CALL {
  WITH q, row
  WITH q, row WHERE row.eventId IS NOT NULL
  MATCH (ev:Event {id: row.eventId})
  MERGE (q)-[:AT]->(ev)
}
RETURN count(q) AS quotes
