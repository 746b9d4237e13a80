// Purpose: after a document is written, recomputes for every fact it supports the earliest date the
//   public record knew it (min publication date over its sources; as-of queries filter on it)
// Params: $docId: String
// Returns: facts - one row
// Row: { facts: number }
// Mode: write
MATCH (d:Document {id: $docId})<-[:SOURCED_FROM]-(f)
CALL {
  WITH f
  MATCH (f)-[:SOURCED_FROM]->(src:Document)
  RETURN min(src.knownSince) AS since, count(src) AS sources
}
SET f.knownSince = since, f.sourceCount = sources
RETURN count(f) AS facts
