// Purpose: drops a projected influence graph from the GDS catalog (no error when it is already gone)
// Params: $graphName: String
// Returns: graphName - one row when it existed
// Row: { graphName: string }
// Mode: read
CALL gds.graph.drop($graphName, false) YIELD graphName
RETURN graphName
