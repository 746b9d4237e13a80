// Purpose: records that every Cypher file with this fingerprint was EXPLAINed and accepted
// Params: $fingerprint: String - sha256 of the statements, the server version and its plugins
// Returns: fingerprint - one row
// Row: { fingerprint: string }
// Mode: write
MERGE (c:PlanCheck {id: 'cypher-files'})
SET c.fingerprint = $fingerprint, c.checkedAt = datetime()
RETURN c.fingerprint AS fingerprint
