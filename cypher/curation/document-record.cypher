// Purpose: what the audit log keeps of a document about to be removed: its address, title, outlet,
//   publication date, content hash, extractor and how many facts it supports
// Params: $id: String - document id
// Returns: id, url, title, outlet, publishedAt, contentHash, extractor, facts - zero or one row
// Row: { id: string; url: string | null; title: string | null; outlet: string | null; publishedAt: string | null;
//   contentHash: string; extractor: string | null; facts: number }
// Mode: read
MATCH (d:Document {id: $id})
RETURN d.id AS id, d.url AS url, d.title AS title, d.outlet AS outlet, toString(d.publishedAt) AS publishedAt,
       d.contentHash AS contentHash, d.extractor AS extractor, COUNT { (d)<-[:SOURCED_FROM]-() } AS facts
