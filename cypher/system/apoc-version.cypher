// Purpose: the APOC core version (only run when installed-plugins lists apoc.version)
// Params: none
// Returns: version - one row
// Row: { version: string }
RETURN apoc.version() AS version
