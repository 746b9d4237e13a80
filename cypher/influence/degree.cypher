// Purpose: weighted degree centrality over a projected influence graph
// Params: $graphName: String; $first: Int
// Returns: id, score - the $first highest scores, best first
// Row: { id: string; score: number }
// Mode: read
CALL gds.degree.stream($graphName, {relationshipWeightProperty: 'weight'}) YIELD nodeId, score
WITH gds.util.asNode(nodeId) AS n, score
// an entity another transaction deleted after the projection is no longer in the graph: left out
WHERE n IS NOT NULL
RETURN n.id AS id, score
ORDER BY score DESC, id
LIMIT toInteger(coalesce($first, 20))
