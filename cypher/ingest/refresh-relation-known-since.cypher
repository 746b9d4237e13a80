// Purpose: the same for dated relations between entities the document supports
// Params: $docId: String
// Returns: relations - one row
// Mode: write
MATCH (d:Document {id: $docId})-[:MENTIONS]->(:Entity)-[r]-()
WHERE $docId IN coalesce(r.sourceDocs, [])
WITH DISTINCT r
CALL {
  WITH r
  MATCH (src:Document) WHERE src.id IN r.sourceDocs
  RETURN min(src.knownSince) AS since
}
SET r.knownSince = since
RETURN count(r) AS relations
