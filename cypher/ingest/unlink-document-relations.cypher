// Purpose: before a changed version replaces a document, withdraw its support from dated relations
//   between entities; relations no other document supports are deleted, unless retracted (kept as the
//   curator's decision); the relations that stay get knownSince anew
//   A curator's evidence from this document (assertFact: 'docId|start|end|curator:NAME|1') stays when
//   $keepCurated (a new version or a new extractor reading the same source does not undo a curator's
//   assertion); removing the document ($keepCurated false) withdraws it too.
// Params: $id: String - document id; $keepCurated: Boolean
// Returns: withdrawn, deleted, factIds (the events and claims at either end: their timeline entries
//   may change) - one row
// Row: { withdrawn: number; deleted: number; factIds: string[] }
// Mode: write
MATCH (d:Document {id: $id})-[:MENTIONS]->(e:Entity)-[r]-()
WHERE $id IN coalesce(r.sourceDocs, [])
WITH DISTINCT r
WITH r, [x IN [startNode(r), endNode(r)] WHERE x:Event OR x:Claim | x.id] AS ends,
     $keepCurated AND any(x IN coalesce(r.evidence, []) WHERE x STARTS WITH $id + '|' AND x CONTAINS '|curator:')
       AS curated
SET r.sourceDocs = CASE WHEN curated THEN r.sourceDocs ELSE [x IN r.sourceDocs WHERE x <> $id] END,
    r.evidence = [x IN coalesce(r.evidence, [])
                  WHERE NOT x STARTS WITH $id + '|' OR (curated AND x CONTAINS '|curator:')],
    r.excerpts = CASE WHEN curated THEN r.excerpts
                      ELSE [x IN coalesce(r.excerpts, []) WHERE NOT x STARTS WITH $id + '|'] END
WITH r, ends, size(r.sourceDocs) = 0 AND NOT coalesce(r.retracted, false) AS orphan
// Relations other documents still support may have lost their earliest source.
CALL {
  WITH r, orphan
  WITH r WHERE NOT orphan AND size(r.sourceDocs) > 0
  MATCH (src:Document) WHERE src.id IN r.sourceDocs
  WITH r, min(src.knownSince) AS since
  SET r.knownSince = since
}
CALL {
  WITH r, orphan
  WITH r WHERE orphan
  DELETE r
}
RETURN count(r) AS withdrawn, sum(CASE WHEN orphan THEN 1 ELSE 0 END) AS deleted,
       reduce(all = [], x IN collect(ends) | all + x) AS factIds
