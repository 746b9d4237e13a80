// Purpose: records a curator's judgement on two renderings' words (quote lineage): 'split' (never linked) or
//   'join' (linked, as the kind given); one per pair of words, replaced by a later judgement of the pair
// Params: $key: String; $a: String; $b: String (the two wordsIds, a < b); $aSpeaker: String|null; $bSpeaker:
//   String|null (who said each, a join follows the words of that speaker only); $judgement: String ('split' |
//   'join'); $kind: String|null (the variant kind of a join); $reason: String; $who: String
// Returns: before (the judgement replaced, or null) and after, each {a, b, judgement, kind, reason, by, at} -
//   one row
// Row: { before: LineageJudgementAudit | null; after: LineageJudgementAudit }
// Mode: write
OPTIONAL MATCH (old:LineageJudgement {key: $key})
WITH CASE WHEN old IS NULL THEN null ELSE {a: old.a, b: old.b, judgement: old.judgement, kind: old.kind,
  reason: old.reason, by: old.by, at: toString(old.at)} END AS before
MERGE (j:LineageJudgement {key: $key})
SET j.a = $a, j.b = $b, j.aSpeaker = $aSpeaker, j.bSpeaker = $bSpeaker, j.judgement = $judgement, j.kind = $kind,
  j.reason = $reason, j.by = $who, j.at = datetime()
RETURN before, {a: j.a, b: j.b, judgement: j.judgement, kind: j.kind, reason: j.reason, by: j.by,
  at: toString(j.at)} AS after
