// Purpose: soft-retracts a fact (node or relationship): kept, marked retracted with reason, time and curator
// Params: $id: String; $reason: String; $who: String
// Returns: id, retractedAt - zero or one row
// Row: { id: string; retractedAt: string }
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
SET f.retracted = true, f.retractedReason = $reason, f.retractedAt = datetime(), f.retractedBy = $who
// the curator's retraction, not a withdrawn document's: restoring that document leaves it retracted
REMOVE f.hiddenByWithdrawal
RETURN f.id AS id, toString(f.retractedAt) AS retractedAt
