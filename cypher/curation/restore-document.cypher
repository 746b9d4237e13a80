// Purpose: restores a withdrawn document: it is a Document again, read as before; the facts it supports get
//   knownSince and sourceCount from all their sources, and those its withdrawal hid are shown again (a
//   curator's own retraction, made before or after, stays)
// Params: $id: String - document id
// Returns: shownFacts, factIds (every fact it supports: their timeline entries change) - zero rows
//   (no such withdrawn document) or one
// Row: { shownFacts: number; factIds: string[] }
// Mode: write
MATCH (d:WithdrawnDocument {id: $id})
REMOVE d:WithdrawnDocument, d.withdrawnAt, d.withdrawnBy, d.withdrawnReason
SET d:Document
WITH d
OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
WITH collect(DISTINCT f) AS facts
CALL (facts) {
  UNWIND facts AS f
  MATCH (f)-[:SOURCED_FROM]->(src:Document)
  WITH f, min(src.knownSince) AS since, count(src) AS sources
  SET f.sourceCount = sources, f.knownSince = since
  WITH f, coalesce(f.hiddenByWithdrawal, false) AS show
  CALL (f, show) {
    WITH f WHERE show
    REMOVE f.retracted, f.retractedReason, f.retractedAt, f.retractedBy, f.hiddenByWithdrawal
  }
  RETURN sum(CASE WHEN show THEN 1 ELSE 0 END) AS shownFacts
}
RETURN shownFacts, [f IN facts | f.id] AS factIds
