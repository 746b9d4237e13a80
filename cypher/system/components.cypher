// Purpose: the Neo4j server's name, version and edition
// Params: none
// Returns: name, version, edition - one row per component (the kernel)
CALL dbms.components() YIELD name, versions, edition
RETURN name, versions[0] AS version, edition
