// Purpose: the audit trail, newest first, one page after a cursor (at, id of the last entry seen)
// Params: $afterAt: String|null (ISO datetime); $afterId: String|null; $limit: Int (page size + 1)
// Returns: id, at (ISO string), who, operation, target, before, after - up to $limit rows
// Row: { id: string; at: string; who: string; operation: string; target: string | null; before: string | null;
//   after: string | null }
// Mode: read
MATCH (a:AuditEntry)
WHERE $afterAt IS NULL OR a.at < datetime($afterAt) OR (a.at = datetime($afterAt) AND a.id < $afterId)
RETURN a.id AS id, toString(a.at) AS at, a.who AS who, a.operation AS operation, a.target AS target,
       a.before AS before, a.after AS after
ORDER BY a.at DESC, a.id DESC
LIMIT toInteger($limit)
