// Purpose: records that a migration was applied (idempotent)
// Params: $id: String - file name without .cypher; $checksum: String - sha256 of the statement
// Returns: id - one row
// Row: { id: string }
// Mode: write
MERGE (m:Migration {id: $id})
ON CREATE SET m.checksum = $checksum, m.appliedAt = datetime()
RETURN m.id AS id
