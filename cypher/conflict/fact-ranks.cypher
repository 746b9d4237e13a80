// Purpose: the curators' ranks of facts (curation/rank-fact): a conflict one of whose facts is ranked
//   preferred or deprecated is settled
// Params: $ids: List<String> - fact ids
// Returns: id, rank ('preferred' | 'deprecated'), reason, by, at - one row per ranked fact
// Row: { id: string; rank: string; reason: string | null; by: string | null; at: string | null }
// Mode: read
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Quote {id: id}) RETURN n AS f
  UNION
  MATCH (n:Claim {id: id}) RETURN n AS f
  UNION
  MATCH (n:Event {id: id}) RETURN n AS f
  UNION
  MATCH ()-[r:HELD_ROLE {id: id}]->() RETURN r AS f
}
WITH f WHERE f.rank IS NOT NULL
RETURN f.id AS id, f.rank AS rank, f.rankReason AS reason, f.rankedBy AS by, toString(f.rankedAt) AS at
