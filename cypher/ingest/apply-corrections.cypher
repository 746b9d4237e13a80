// Purpose: puts curators' corrections (curation/correct-fact) on the given quotes and claims: the
//   corrected speaker replaces whoever the extractor named (or none is left), the corrected time
//   replaces the extracted one (basis 'curator'); run after every write of a document's facts and by
//   correctFact itself
// Params: $ids: List<String> - fact ids (those without a correction are skipped at an index seek)
// Returns: corrected - one row: how many facts had a correction
// Row: { corrected: number }
// Mode: write
// a seek on the Correction constraint per id; most documents have none and stop here. Facts are found
// by label (Quote, Claim) so their id constraints are used, never a scan of all nodes.
MATCH (c:Correction) WHERE c.factId IN $ids
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
