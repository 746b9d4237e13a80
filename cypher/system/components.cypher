// Purpose: the Neo4j server's name, version and edition
// Params: none
// Returns: name, version, edition - one row per component (the kernel)
// Row: { name: string; version: string; edition: string }
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
