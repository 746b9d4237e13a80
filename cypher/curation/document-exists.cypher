// Purpose: whether a document is stored (assertFact needs a source)
// Params: $id: String
// Returns: id - zero or one row
// Row: { id: string }
// Mode: read
MATCH (d:Document {id: $id})
RETURN d.id AS id
