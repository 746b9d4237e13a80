// Purpose: the Graph Data Science version (only run when installed-plugins lists gds.version)
// Params: none
// Returns: version - one row
RETURN gds.version() AS version
