// Purpose: how many documents the graph holds (npm start loads the sample corpus into an empty graph)
// Params: none
// Returns: documents - one row
// Row: { documents: number }
MATCH (d:Document)
RETURN count(d) AS documents
