// Purpose: records one write in the audit trail, inside the write's own transaction
// Params: $id: String; $who: String; $operation: String; $target: String|null; $before: String|null
//   (JSON); $after: String|null (JSON)
// Returns: id - one row
// Row: { id: string }
// Mode: write
CREATE (a:AuditEntry {id: $id, at: datetime(), who: $who, operation: $operation, target: $target, before: $before,
                      after: $after})
RETURN a.id AS id
