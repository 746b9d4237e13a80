// Purpose: whether the graph holds nothing but the project's own bookkeeping (applied migrations, the plan
//   check): only then may an import replace the whole database with Neo4j's offline importer
// Params: none
// Returns: empty - one row
// Row: { empty: boolean }
// Mode: read
RETURN NOT EXISTS { MATCH (n) WHERE NOT n:Migration AND NOT n:PlanCheck } AS empty
