// Purpose: merges the direct quotes of a document: the Quote (one per text and speaker, whatever the
//   number of articles), who said it and when, the event it was said at, and its source span
// Params: $docId: String; $extractor: String; $quotes: List<Map> - {id, textId (the id the words
//   would have with no speaker: a curator's correction follows them when a later extractor names
//   another speaker), wordsId (the id of the same words however punctuated: attribution conflicts),
//   text, lang, kind, speakerId (or null), speakerDescription, cue, eventId (or null),
//   edtf, earliest, latest, precision, basis ('text' | 'event' | 'publication', or null), start, end,
//   excerpt (the text between start and end, kept with the span so reads need not load the document's
//   text), confidence, method (the attribution's sieve stage)}
// Returns: quotes - one row
// Row: { quotes: number }
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $quotes AS row
MERGE (q:Quote {id: row.id})
ON CREATE SET q.text = row.text, q.lang = row.lang, q.kind = row.kind,
              q.textDe = CASE WHEN row.lang = 'de' THEN row.text END,
              q.textEn = CASE WHEN row.lang = 'en' THEN row.text END
// a time the text gives wins over a publication placing; of two placings, the earlier publication
// (the words were said on or before it); otherwise the first time written stays. A stored time
// without basis predates the basis and came from the text.
WITH d, q, row, row.edtf IS NOT NULL AND (q.edtf IS NULL
       OR (coalesce(q.basis, 'text') = 'publication'
           AND (row.basis <> 'publication' OR date(row.latest) < q.latest))) AS retime
SET q.textId = row.textId, q.wordsId = row.wordsId,
    q.speakerDescription = coalesce(q.speakerDescription, row.speakerDescription),
    q.edtf = CASE WHEN retime THEN row.edtf ELSE q.edtf END,
    q.earliest = CASE WHEN retime THEN date(row.earliest) ELSE q.earliest END,
    q.latest = CASE WHEN retime THEN date(row.latest) ELSE q.latest END,
    q.precision = CASE WHEN retime THEN row.precision ELSE q.precision END,
    q.basis = CASE WHEN retime THEN row.basis ELSE q.basis END
MERGE (q)-[s:SOURCED_FROM]->(d)
SET s.start = toInteger(row.start), s.end = toInteger(row.end), s.excerpt = row.excerpt, s.cue = row.cue,
    s.extractor = $extractor, s.confidence = row.confidence, s.method = row.method
// a fact hidden because its only source was withdrawn (curation/withdraw-document) has a source again
FOREACH (_ IN CASE WHEN q.hiddenByWithdrawal THEN [1] ELSE [] END |
  REMOVE q.retracted, q.retractedReason, q.retractedAt, q.retractedBy, q.hiddenByWithdrawal)
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
