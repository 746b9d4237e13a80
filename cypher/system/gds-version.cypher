// Purpose: the Graph Data Science version (only run when installed-plugins lists gds.version)
// Params: none
// Returns: version - one row
// Row: { version: string }
RETURN gds.version() AS version
