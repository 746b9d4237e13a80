// Purpose: a withdrawn document as the audit log and the error messages name it: address, title,
//   content hash, when, by whom and why it was withdrawn
// Params: $id: String - document id
// Returns: id, url, title, contentHash, withdrawnAt, withdrawnBy, withdrawnReason - zero or one row
// Row: { id: string; url: string | null; title: string | null; contentHash: string; withdrawnAt: string;
//   withdrawnBy: string; withdrawnReason: string }
// Mode: read
MATCH (d:WithdrawnDocument {id: $id})
RETURN d.id AS id, d.url AS url, d.title AS title, d.contentHash AS contentHash, toString(d.withdrawnAt) AS withdrawnAt,
       d.withdrawnBy AS withdrawnBy, d.withdrawnReason AS withdrawnReason
