// Purpose: merges imported quotes (one per text and speaker, as ingest/merge-quotes does for
//   articles): the Quote, its speaker, its time (the day of its earliest occurrence, said on or before
//   it: basis 'publication'), the candidates the corpus weighed, and one source per url. A source an
//   article already gave keeps the article's span; knownSince and sourceCount are counted anew.
// Params: $extractor: String - the importer and its version; $quotes: List<Map> - {id, textId,
//   wordsId, text, speakerId (or null), day (YYYY-MM-DD), confidence, candidates: List<String>,
//   probabilities: List<Float>, qids: List<String>, occurrences, importedId, phase, docIds: List<String>}
// Returns: quotes - one row
// Row: { quotes: number }
// Mode: write
UNWIND $quotes AS row
MERGE (q:Quote {id: row.id})
ON CREATE SET q.text = row.text, q.lang = 'en', q.kind = 'direct', q.textEn = row.text
WITH q, row, q.edtf IS NULL OR (coalesce(q.basis, 'text') = 'publication' AND date(row.day) < q.latest) AS retime
SET q.textId = row.textId, q.wordsId = row.wordsId,
    q.speakerCandidates = row.candidates, q.speakerProbabilities = row.probabilities, q.speakerQids = row.qids,
    q.importedId = row.importedId, q.importedPhase = row.phase, q.occurrences = row.occurrences
WITH q, row, retime
CALL (q, row, retime) {
  WITH q, row WHERE retime
  SET q.edtf = row.day, q.earliest = date(row.day), q.latest = date(row.day), q.precision = 'day',
      q.basis = 'publication'
}
FOREACH (_ IN CASE WHEN q.hiddenByWithdrawal THEN [1] ELSE [] END |
  REMOVE q.retracted, q.retractedReason, q.retractedAt, q.retractedBy, q.hiddenByWithdrawal)
WITH q, row
CALL (q, row) {
  WITH q, row WHERE row.speakerId IS NOT NULL
  MATCH (p:Entity {id: row.speakerId})
  MERGE (p)-[r:SAID]->(q)
  SET r.edtf = q.edtf, r.earliest = q.earliest, r.latest = q.latest, r.precision = q.precision
}
CALL (q, row) {
  UNWIND row.docIds AS docId
  MATCH (d:Document {id: docId})
  MERGE (q)-[s:SOURCED_FROM]->(d)
  ON CREATE SET s.extractor = $extractor, s.confidence = row.confidence, s.method = 'imported'
}
CALL (q) {
  MATCH (q)-[:SOURCED_FROM]->(d:Document)
  WITH min(d.knownSince) AS since, count(d) AS sources
  SET q.knownSince = since, q.sourceCount = sources
}
RETURN count(q) AS quotes
