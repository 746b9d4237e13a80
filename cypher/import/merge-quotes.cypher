// Purpose: merges imported quotes (one per text and speaker, as ingest/merge-quotes does for articles):
//   the Quote, its speaker, its time (a time of the text wins over a publication placing; of two
//   placings, the earlier), the speaker candidates the corpus weighed, and its sources. A source an
//   article already gave keeps the article's span; knownSince and sourceCount are counted anew. A quote
//   no source of which was read for a speaker (all without a method) keeps why (unattributedReason).
// Params: $extractor: String - the importer and its version; $quotes: List<Map> - {id, textId, wordsId,
//   text, lang, kind, speakerId (or null), speakerDescription, edtf, earliest, latest, precision, basis,
//   candidates, probabilities, qids (lists, or null when the corpus gives none), occurrences, importedId,
//   phase, unattributedReason (null or absent, or 'unsupported-language' when attribution was not tried),
//   sources: List<Map> - {docId, start, end, excerpt, cue, confidence, method, extractor (or null: the
//   importer's)}}
// Returns: quotes - one row
// Row: { quotes: number }
// Mode: write
UNWIND $quotes AS row
MERGE (q:Quote {id: row.id})
ON CREATE SET q.text = row.text, q.lang = row.lang, q.kind = row.kind,
              q.textDe = CASE WHEN row.lang = 'de' THEN row.text END,
              q.textEn = CASE WHEN row.lang = 'en' THEN row.text END
// batches may be written at once: locked before its time is compared with the row's
WITH q, row
CALL apoc.lock.nodes([q])
WITH q, row, row.edtf IS NOT NULL AND (q.edtf IS NULL
       OR (coalesce(q.basis, 'text') = 'publication'
           AND (row.basis <> 'publication' OR date(row.latest) < q.latest))) AS retime
SET q.textId = row.textId, q.wordsId = row.wordsId,
    q.speakerDescription = coalesce(q.speakerDescription, row.speakerDescription),
    q.speakerCandidates = coalesce(row.candidates, q.speakerCandidates),
    q.speakerProbabilities = coalesce(row.probabilities, q.speakerProbabilities),
    q.speakerQids = coalesce(row.qids, q.speakerQids),
    q.importedId = coalesce(row.importedId, q.importedId), q.importedPhase = coalesce(row.phase, q.importedPhase),
    q.occurrences = coalesce(toInteger(row.occurrences), q.occurrences)
WITH q, row, retime
CALL (q, row, retime) {
  WITH q, row WHERE retime
  SET q.edtf = row.edtf, q.earliest = date(row.earliest), q.latest = date(row.latest), q.precision = row.precision,
      q.basis = row.basis
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
  UNWIND row.sources AS src
  MATCH (d:Document {id: src.docId})
  MERGE (q)-[s:SOURCED_FROM]->(d)
  ON CREATE SET s.start = toInteger(src.start), s.end = toInteger(src.end), s.excerpt = src.excerpt, s.cue = src.cue,
                s.extractor = coalesce(src.extractor, $extractor), s.confidence = src.confidence, s.method = src.method
}
CALL (q, row) {
  WITH q, row WHERE row.unattributedReason IS NOT NULL OR q.unattributedReason IS NOT NULL
  OPTIONAL MATCH (q)-[read:SOURCED_FROM]->() WHERE read.method IS NOT NULL
  WITH q, row, count(read) AS attributed
  SET q.unattributedReason = CASE WHEN attributed = 0 THEN coalesce(q.unattributedReason, row.unattributedReason) END
}
CALL (q) {
  MATCH (q)-[:SOURCED_FROM]->(d:Document)
  WITH min(d.knownSince) AS since, count(d) AS sources
  SET q.knownSince = since, q.sourceCount = sources
}
RETURN count(q) AS quotes
