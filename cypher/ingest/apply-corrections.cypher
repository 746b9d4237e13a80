// Purpose: puts curators' corrections (curation/correct-fact) on the given quotes and claims: the
//   corrected speaker replaces whoever the extractor named (or none is left), the corrected time
//   replaces the extracted one (basis 'curator'); run after every write of a document's facts and by
//   correctFact itself
// Params: $facts: List<Map> - {id, textId (the id of the same words with no speaker, or null)} of quotes and
//   claims; $docId: String|null - the document just written (null: correctFact itself)
// Returns: corrected - one row: how many facts had a correction
// Row: { corrected: number }
// Mode: write
// A correction is found by its fact's id, a seek on the Correction constraint; most facts have none and stop
// here. When a later extractor reads the same words of the same document with another speaker, the fact's
// id changes (it hashes the speaker): then the correction is found by the words (textId, an index seek) in
// a document it was made on, provided its old fact is gone and the new one has none, and moves to the new
// fact. Facts are found by label (Quote, Claim) so their id constraints are used, never a scan of all nodes.
UNWIND $facts AS row
CALL (row) {
  MATCH (c:Correction {factId: row.id}) RETURN c
  UNION
  MATCH (c:Correction {textId: row.textId})
  WHERE $docId IN c.docIds AND c.factId <> row.id
    AND NOT EXISTS { MATCH (:Correction {factId: row.id}) }
    AND NOT EXISTS { MATCH (:Quote {id: c.factId}) } AND NOT EXISTS { MATCH (:Claim {id: c.factId}) }
  RETURN c
}
WITH row, c ORDER BY c.at DESC
WITH row, head(collect(c)) AS c
SET c.factId = row.id
WITH c
CALL (c) {
  MATCH (q:Quote {id: c.factId}) RETURN q AS f
  UNION
  MATCH (cl:Claim {id: c.factId}) RETURN cl AS f
}
CALL (c, f) {
  WITH c, f WHERE c.speakerSet
  OPTIONAL MATCH (other:Entity)-[r:SAID|CLAIMED]->(f) WHERE other.id <> coalesce(c.speakerId, '')
  DELETE r
}
CALL (c, f) {
  WITH c, f WHERE c.speakerSet AND c.speakerId IS NOT NULL AND f:Quote
  MATCH (p:Entity {id: c.speakerId})
  MERGE (p)-[:SAID]->(f)
}
CALL (c, f) {
  WITH c, f WHERE c.speakerSet AND c.speakerId IS NOT NULL AND f:Claim
  MATCH (p:Entity {id: c.speakerId})
  MERGE (p)-[:CLAIMED]->(f)
}
CALL (c, f) {
  WITH c, f WHERE c.edtf IS NOT NULL
  SET f.edtf = c.edtf, f.earliest = date(c.earliest), f.latest = date(c.latest), f.precision = c.precision,
      f.basis = 'curator'
}
CALL (f) {
  MATCH (:Entity)-[r:SAID|CLAIMED]->(f)
  SET r.edtf = f.edtf, r.earliest = f.earliest, r.latest = f.latest, r.precision = f.precision
}
RETURN count(c) AS corrected
