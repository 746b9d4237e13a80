// Purpose: the speaker candidates an imported quote corpus weighed for each quote (Quote.speakerCandidates)
// Params: $ids: List<String> - quote ids
// Returns: id, names, probabilities (parallel lists, most probable first) - one row per quote with candidates
// Row: { id: string; names: string[]; probabilities: number[] }
// Mode: read
MATCH (q:Quote) WHERE q.id IN $ids AND q.speakerCandidates IS NOT NULL
RETURN q.id AS id, q.speakerCandidates AS names, q.speakerProbabilities AS probabilities
