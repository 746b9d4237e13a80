// Purpose: documents stored without extraction (no rules for their language) are found by their title and
//   text; only they carry the NotExtracted label, so extracted documents cost the index nothing. No
//   stemming: it serves every language without rules; accents folded (é ~ e) as for entity names.
CREATE FULLTEXT INDEX document_text_not_extracted IF NOT EXISTS
FOR (d:NotExtracted) ON EACH [d.title, d.text]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
