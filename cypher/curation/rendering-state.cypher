// Purpose: a quote or claim by id with what lineage curation keys its judgements by: its words (however
//   punctuated) and its speaker
// Params: $id: String
// Returns: id, wordsId, speakerId, retracted - zero or one row
// Row: { id: string; wordsId: string | null; speakerId: string | null; retracted: boolean }
// Mode: read
CALL () {
  MATCH (f:Quote {id: $id}) RETURN f
  UNION
  MATCH (f:Claim {id: $id}) RETURN f
}
OPTIONAL MATCH (s:Entity)-[:SAID|CLAIMED]->(f)
RETURN f.id AS id, f.wordsId AS wordsId, head(collect(s.id)) AS speakerId, coalesce(f.retracted, false) AS retracted
