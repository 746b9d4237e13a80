// Purpose: the migrations already applied to this database, with their checksums
// Params: none
// Returns: id, checksum - one row per applied migration
// Row: { id: string; checksum: string }
MATCH (m:Migration)
RETURN m.id AS id, m.checksum AS checksum
ORDER BY id
