// Purpose: whether a document with this id is stored, and with which content
// Params: $id: String - document id (from the url, else the content hash)
// Returns: contentHash - zero or one row
MATCH (d:Document {id: $id})
RETURN d.contentHash AS contentHash
