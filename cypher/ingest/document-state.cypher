// Purpose: whether a document with this id is stored, with which content and by which extractor version
// Params: $id: String - document id (from the url, else the content hash)
// Returns: contentHash, extractor - zero or one row
// Row: { contentHash: string; extractor: string | null }
MATCH (d:Document {id: $id})
RETURN d.contentHash AS contentHash, d.extractor AS extractor
