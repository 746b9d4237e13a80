// Purpose: after documents are written (or stubs known earlier than before), recomputes for every fact
//   they support the earliest date the public record knew it (min publication date over its sources;
//   as-of queries filter on it) and how many sources it has
// Params: $docIds: List<String>
// Returns: facts - one row
// Row: { facts: number }
// Mode: write
UNWIND $docIds AS docId
MATCH (:Document {id: docId})<-[:SOURCED_FROM]-(f)
WITH DISTINCT f
CALL (f) {
  MATCH (f)-[:SOURCED_FROM]->(src:Document)
  RETURN min(src.knownSince) AS since, count(src) AS sources
}
SET f.knownSince = since, f.sourceCount = sources
RETURN count(f) AS facts
