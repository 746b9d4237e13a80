// Purpose: marks a rendering's speaker disputed (quote lineage: the variant is flagged misattributed and may
//   join renderings of other speakers), keyed by its words and speaker so a later ingest of the same words
//   keeps the mark
// Params: $key: String (wordsId|speakerId); $wordsId: String; $speakerId: String|null; $reason: String;
//   $who: String
// Returns: before (the mark replaced, or null) and after, each {reason, by, at} - one row
// Row: { before: LineageMarkRow | null; after: LineageMarkRow }
// Mode: write
OPTIONAL MATCH (old:LineageMark {key: $key})
WITH CASE WHEN old IS NULL THEN null ELSE {reason: old.reason, by: old.by, at: toString(old.at)} END AS before
MERGE (m:LineageMark {key: $key})
SET m.wordsId = $wordsId, m.speakerId = $speakerId, m.reason = $reason, m.by = $who, m.at = datetime()
RETURN before, {reason: m.reason, by: m.by, at: toString(m.at)} AS after
