// Purpose: a curator's rank for a fact (Wikidata's ranks), with reason, time and curator. 'deprecated'
//   also marks it retracted (deprecated: true), so every read leaves it out as it leaves retracted facts
//   out (includeRetracted lists it); 'preferred' keeps it in and marks it; 'normal' clears the rank and
//   shows a deprecated fact again. The caller refuses facts a curator retracted.
// Params: $id: String; $rank: String ('preferred' | 'normal' | 'deprecated'); $reason: String; $who: String
// Returns: id - zero or one row
// Row: { id: string }
// Mode: write
CALL () {
  MATCH (n:Quote {id: $id}) RETURN n AS f
  UNION
  MATCH (n:Claim {id: $id}) RETURN n AS f
  UNION
  MATCH (n:Event {id: $id}) RETURN n AS f
  UNION
  MATCH (n:Report {id: $id}) RETURN n AS f
  UNION
  MATCH ()-[r:HELD_ROLE|PARTICIPATED_IN|LOCATED_IN|CONTROLS|HANDED_OVER_TO|MEMBER_OF|ABOUT {id: $id}]->() RETURN r AS f
}
WITH f LIMIT 1
WITH f, coalesce(f.deprecated, false) AS wasDeprecated
SET f.rank = CASE WHEN $rank = 'normal' THEN null ELSE $rank END,
    f.rankReason = CASE WHEN $rank = 'normal' THEN null ELSE $reason END,
    f.rankedAt = CASE WHEN $rank = 'normal' THEN null ELSE datetime() END,
    f.rankedBy = CASE WHEN $rank = 'normal' THEN null ELSE $who END
FOREACH (_ IN CASE WHEN $rank = 'deprecated' THEN [1] ELSE [] END |
  SET f.retracted = true, f.deprecated = true, f.retractedReason = 'deprecated: ' + $reason,
      f.retractedAt = datetime(), f.retractedBy = $who)
FOREACH (_ IN CASE WHEN $rank <> 'deprecated' AND wasDeprecated THEN [1] ELSE [] END |
  REMOVE f.retracted, f.deprecated, f.retractedReason, f.retractedAt, f.retractedBy)
RETURN f.id AS id
