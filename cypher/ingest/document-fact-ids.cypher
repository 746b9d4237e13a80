// Purpose: the facts a stored document supports, by kind: what a dry run of re-extraction compares
//   the new extraction with
// Params: $id: String - document id
// Returns: kind (QUOTE, CLAIM, EVENT, REPORT), id, text (quotes and claims), edtf - one row per fact
// Row: { kind: 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT'; id: string; text: string | null; edtf: string | null }
// Mode: read
MATCH (:Document {id: $id})<-[:SOURCED_FROM]-(f)
RETURN CASE WHEN f:Quote THEN 'QUOTE' WHEN f:Claim THEN 'CLAIM' WHEN f:Event THEN 'EVENT' ELSE 'REPORT' END AS kind,
       f.id AS id, f.text AS text, f.edtf AS edtf
