// Purpose: which of the plugins we rely on (APOC core, Graph Data Science) are installed
// Params: none
// Returns: names - one row: the version functions found, e.g. ["apoc.version", "gds.version"]
// Row: { names: string[] }
SHOW FUNCTIONS YIELD name
WHERE name IN ['apoc.version', 'gds.version']
RETURN collect(name) AS names
