// Purpose: withdraws a curator's mark that a rendering's speaker is disputed (quote lineage)
// Params: $key: String (wordsId|speakerId)
// Returns: before (the mark removed, or null: there was none) - one row
// Row: { before: LineageMarkRow | null }
// Mode: write
OPTIONAL MATCH (m:LineageMark {key: $key})
WITH m, CASE WHEN m IS NULL THEN null ELSE {reason: m.reason, by: m.by, at: toString(m.at)} END AS before
DETACH DELETE m
RETURN before
