// Purpose: the APOC core version (only run when installed-plugins lists apoc.version)
// Params: none
// Returns: version - one row
RETURN apoc.version() AS version
