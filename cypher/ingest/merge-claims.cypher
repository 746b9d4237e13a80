// Purpose: merges reported speech (Claims) of a document with speaker, cue, quantities, time and source span
// Params: $docId: String; $extractor: String; $claims: List<Map> - {id, textId (the id the words
//   would have with no speaker: a curator's correction follows them when a later extractor names
//   another speaker), wordsId (the id of the same words however punctuated: attribution conflicts),
//   text, lang, speakerId (or null), speakerDescription, cue, quantities: List<String>,
//   edtf, earliest, latest, precision, basis ('text' | 'event' | 'publication', or null), start, end,
//   excerpt (the text between start and end, kept with the span so reads need not load the document's
//   text), confidence, method (the attribution's sieve stage)}
// Returns: claims - one row
// Row: { claims: number }
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.text = row.text, c.lang = row.lang,
              c.textDe = CASE WHEN row.lang = 'de' THEN row.text END,
              c.textEn = CASE WHEN row.lang = 'en' THEN row.text END,
              c.quantities = row.quantities
// a time the text gives wins over a publication placing; of two placings, the earlier publication
// (the words were said on or before it); otherwise the first time written stays. A stored time
// without basis predates the basis and came from the text.
WITH d, c, row, row.edtf IS NOT NULL AND (c.edtf IS NULL
       OR (coalesce(c.basis, 'text') = 'publication'
           AND (row.basis <> 'publication' OR date(row.latest) < c.latest))) AS retime
SET c.textId = row.textId, c.wordsId = row.wordsId,
    c.speakerDescription = coalesce(c.speakerDescription, row.speakerDescription),
    c.edtf = CASE WHEN retime THEN row.edtf ELSE c.edtf END,
    c.earliest = CASE WHEN retime THEN date(row.earliest) ELSE c.earliest END,
    c.latest = CASE WHEN retime THEN date(row.latest) ELSE c.latest END,
    c.precision = CASE WHEN retime THEN row.precision ELSE c.precision END,
    c.basis = CASE WHEN retime THEN row.basis ELSE c.basis END
MERGE (c)-[s:SOURCED_FROM]->(d)
SET s.start = toInteger(row.start), s.end = toInteger(row.end), s.excerpt = row.excerpt, s.cue = row.cue,
    s.extractor = $extractor, s.confidence = row.confidence, s.method = row.method
// a fact hidden because its only source was withdrawn (curation/withdraw-document) has a source again
FOREACH (_ IN CASE WHEN c.hiddenByWithdrawal THEN [1] ELSE [] END |
  REMOVE c.retracted, c.retractedReason, c.retractedAt, c.retractedBy, c.hiddenByWithdrawal)
WITH c, row
CALL {
  WITH c, row
  WITH c, row WHERE row.speakerId IS NOT NULL
  MATCH (p:Entity {id: row.speakerId})
  MERGE (p)-[r:CLAIMED]->(c)
  SET r.edtf = c.edtf, r.earliest = c.earliest, r.latest = c.latest, r.precision = c.precision
}
RETURN count(c) AS claims
