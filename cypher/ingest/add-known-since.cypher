// Purpose: after a NEW document is written (no earlier version), folds its publication into every fact
//   it supports: knownSince becomes the earlier of the fact's and the document's, and the source count
//   grows by one. Cheaper than recomputing over all sources (refresh-known-since, used when a version
//   is replaced), and exact because a new document adds exactly one SOURCED_FROM to each of its facts.
//   Each SET reads and writes the property under the node's write lock, so concurrent ingests add up.
// Params: $docId: String
// Returns: facts - one row
// Row: { facts: number }
// Mode: write
MATCH (d:Document {id: $docId})<-[:SOURCED_FROM]-(f)
SET f.knownSince = CASE WHEN f.knownSince IS NULL OR d.knownSince < f.knownSince THEN d.knownSince ELSE f.knownSince END
SET f.sourceCount = coalesce(f.sourceCount, 0) + 1
RETURN count(f) AS facts
