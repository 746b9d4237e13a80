// Purpose: the facts a stored document supports, by kind: what a dry run of re-extraction compares
//   the new extraction with
// Params: $id: String - document id
// Returns: kind (QUOTE, CLAIM, EVENT, REPORT), id - one row per fact
// Row: { kind: 'QUOTE' | 'CLAIM' | 'EVENT' | 'REPORT'; id: string }
// Mode: read
MATCH (:Document {id: $id})<-[:SOURCED_FROM]-(f)
RETURN CASE WHEN f:Quote THEN 'QUOTE' WHEN f:Claim THEN 'CLAIM' WHEN f:Event THEN 'EVENT' ELSE 'REPORT' END AS kind,
       f.id AS id
