// Purpose: how many documents are stored and how many an extractor other than the running one read
//   (quotegraph reextract brings them up to date)
// Params: $current: String - the running extractor version
// Returns: documents, behind - one row
// Row: { documents: number; behind: number }
// Mode: read
MATCH (d:Document)
RETURN count(d) AS documents, count(CASE WHEN coalesce(d.extractor, '') <> $current THEN 1 END) AS behind
