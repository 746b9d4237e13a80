// Purpose: the same for dated relations between entities the document supports. Only the relation types
//   the loader and curation write with sourceDocs (StoredRelationType,
//   src/ingest/graph-vocabulary.ts) are expanded: a busy entity has thousands of MENTIONS and SAID
//   relationships, and expanding all of them for every new article made ingestion grow with the
//   square of the corpus (docs/benchmarks.md)
// Params: $docId: String
// Returns: relations - one row
// Row: { relations: number }
// Mode: write
MATCH (d:Document {id: $docId})-[:MENTIONS]->(:Entity)
      -[r:HELD_ROLE|PARTICIPATED_IN|LOCATED_IN|CONTROLS|HANDED_OVER_TO|MEMBER_OF|ABOUT]-()
WHERE $docId IN coalesce(r.sourceDocs, [])
WITH DISTINCT r
CALL {
  WITH r
  MATCH (src:Document) WHERE src.id IN r.sourceDocs
  RETURN min(src.knownSince) AS since
}
SET r.knownSince = since
RETURN count(r) AS relations
