// Purpose: withdraws a document without deleting it: it leaves every read (its Document label gives way
//   to WithdrawnDocument, which no read matches, so its text, spans, mentions and sources are no longer
//   found); the facts only it supported are hidden as a retraction hides them (retracted, and
//   hiddenByWithdrawal so that restoring the document shows them again; a fact a curator retracted stays
//   as the curator left it); the facts it shared get knownSince and sourceCount from their other sources
// Params: $id: String - document id; $who: String; $reason: String - why the document is withdrawn;
//   $hiddenReason: String - the retraction reason of the facts it hides
// Returns: hiddenFacts, factIds (every fact it supported: their timeline entries change) - zero
//   rows (no such document) or one
// Row: { hiddenFacts: number; factIds: string[] }
// Mode: write
MATCH (d:Document {id: $id})
REMOVE d:Document
SET d:WithdrawnDocument, d.withdrawnAt = datetime(), d.withdrawnBy = $who, d.withdrawnReason = $reason
WITH d
OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
WITH collect(DISTINCT f) AS facts
CALL (facts) {
  UNWIND facts AS f
  OPTIONAL MATCH (f)-[:SOURCED_FROM]->(src:Document)
  WITH f, min(src.knownSince) AS since, count(src) AS sources
  SET f.sourceCount = sources, f.knownSince = coalesce(since, f.knownSince)
  WITH f, sources = 0 AND NOT coalesce(f.retracted, false) AS hide
  CALL (f, hide) {
    WITH f WHERE hide
    SET f.retracted = true, f.retractedReason = $hiddenReason, f.retractedAt = datetime(), f.retractedBy = $who,
        f.hiddenByWithdrawal = true
  }
  RETURN sum(CASE WHEN hide THEN 1 ELSE 0 END) AS hiddenFacts
}
RETURN hiddenFacts, [f IN facts | f.id] AS factIds
