// Purpose: the fingerprint of the Cypher files (and server) whose plans were last checked here
// Params: none
// Returns: fingerprint - zero or one row
// Row: { fingerprint: string }
MATCH (c:PlanCheck {id: 'cypher-files'})
RETURN c.fingerprint AS fingerprint
