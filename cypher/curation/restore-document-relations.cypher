// Purpose: restoring a withdrawn document, once it is a Document again: the relations it supported take it
//   back (withdrawnDocs -> sourceDocs), get knownSince anew, and those its withdrawal hid are shown again
// Params: $id: String - document id
// Returns: restored, shown, factIds (the events and claims at either end: their timeline entries may change) - one row
// Row: { restored: number; shown: number; factIds: string[] }
// Mode: write
MATCH (d:Document {id: $id})-[:MENTIONS]->(e:Entity)-[r]-()
WHERE $id IN coalesce(r.withdrawnDocs, [])
WITH DISTINCT r
SET r.withdrawnDocs = [x IN r.withdrawnDocs WHERE x <> $id],
    r.sourceDocs = [x IN coalesce(r.sourceDocs, []) WHERE x <> $id] + $id
WITH r, [x IN [startNode(r), endNode(r)] WHERE x:Event OR x:Claim | x.id] AS ends,
     coalesce(r.hiddenByWithdrawal, false) AS show
CALL (r) {
  MATCH (src:Document) WHERE src.id IN r.sourceDocs
  WITH r, min(src.knownSince) AS since
  SET r.knownSince = since
}
CALL (r, show) {
  WITH r WHERE show
  REMOVE r.retracted, r.retractedReason, r.retractedAt, r.retractedBy, r.hiddenByWithdrawal
}
RETURN count(r) AS restored, sum(CASE WHEN show THEN 1 ELSE 0 END) AS shown,
       reduce(all = [], x IN collect(ends) | all + x) AS factIds
