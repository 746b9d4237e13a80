// Purpose: records a curator's judgement whether two entities are the same, different, or unsure: one
//   per pair (key: the two ids in order), replaced by a later judgement of the same pair
// Params: $key: String; $a: String; $b: String (the ids, a < b); $judgement: String ('same' | 'different' |
//   'unsure'); $reason: String; $who: String
// Returns: a, b, judgement, reason, by, at - one row
// Row: { a: string; b: string; judgement: string; reason: string | null; by: string | null; at: string }
// Mode: write
MERGE (j:IdentityJudgement {key: $key})
SET j.a = $a, j.b = $b, j.judgement = $judgement, j.reason = $reason, j.by = $who, j.at = datetime()
RETURN j.a AS a, j.b AS b, j.judgement AS judgement, j.reason AS reason, j.by AS by, toString(j.at) AS at
