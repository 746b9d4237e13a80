// Purpose: every dated relation between entities, events and claims written before fromId/toId existed gets the
//   ids of its ends (ingest/merge-relations and curation/assert-fact write them from then on); in batches of 5000
//   relations, one transaction each; a second run changes nothing
MATCH (a)-[r]->(b)
WHERE r.evidence IS NOT NULL AND r.id IS NOT NULL AND (r.fromId IS NULL OR r.toId IS NULL)
CALL (a, r, b) {
  SET r.fromId = a.id, r.toId = b.id
} IN TRANSACTIONS OF 5000 ROWS
