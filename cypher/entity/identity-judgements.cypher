// Purpose: the identity judgements curators made about entities (curation/judge-identity): whether each is
//   the same as, different from, or unsure about another; for the API, for merges (refused for a pair
//   judged different) and for Wikidata linking (a pair judged different is never linked to one item)
// Params: $ids: List<String> - entity ids
// Returns: entityId (one of $ids), otherId, judgement, reason, by, at - one row per judgement and asked entity
// Row: { entityId: string; otherId: string; judgement: string; reason: string | null; by: string | null;
//   at: string }
// Mode: read
UNWIND $ids AS id
CALL (id) {
  MATCH (j:IdentityJudgement {a: id}) RETURN j, j.b AS other
  UNION
  MATCH (j:IdentityJudgement {b: id}) RETURN j, j.a AS other
}
RETURN id AS entityId, other AS otherId, j.judgement AS judgement, j.reason AS reason, j.by AS by,
  toString(j.at) AS at
ORDER BY entityId, otherId
