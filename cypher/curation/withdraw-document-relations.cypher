// Purpose: withdrawing a document (soft), before it leaves the reads: its support of dated relations
//   between entities is set aside (sourceDocs -> withdrawnDocs; evidence and excerpts stay, and reads find
//   them only through a Document); a relation left with no source is hidden as a retraction hides it
//   (retracted, and hiddenByWithdrawal so that restoring the document shows it again; a relation a curator
//   retracted stays as the curator left it); the relations that keep a source get knownSince anew
// Params: $id: String - document id; $who: String; $hiddenReason: String - the retraction reason of what is hidden
// Returns: withdrawn, hidden, factIds (the events and claims at either end: their timeline entries
//   may change) - one row
// Row: { withdrawn: number; hidden: number; factIds: string[] }
// Mode: write
MATCH (d:Document {id: $id})-[:MENTIONS]->(e:Entity)-[r]-()
WHERE $id IN coalesce(r.sourceDocs, [])
WITH DISTINCT r
SET r.sourceDocs = [x IN r.sourceDocs WHERE x <> $id],
    r.withdrawnDocs = [x IN coalesce(r.withdrawnDocs, []) WHERE x <> $id] + $id
WITH r, [x IN [startNode(r), endNode(r)] WHERE x:Event OR x:Claim | x.id] AS ends,
     size(r.sourceDocs) = 0 AND NOT coalesce(r.retracted, false) AS hide
CALL (r) {
  WITH r WHERE size(r.sourceDocs) > 0
  MATCH (src:Document) WHERE src.id IN r.sourceDocs
  WITH r, min(src.knownSince) AS since
  SET r.knownSince = since
}
CALL (r, hide) {
  WITH r WHERE hide
  SET r.retracted = true, r.retractedReason = $hiddenReason, r.retractedAt = datetime(), r.retractedBy = $who,
      r.hiddenByWithdrawal = true
}
RETURN count(r) AS withdrawn, sum(CASE WHEN hide THEN 1 ELSE 0 END) AS hidden,
       reduce(all = [], x IN collect(ends) | all + x) AS factIds
