// Purpose: full-text search of quotes and claims with German stemming
CREATE FULLTEXT INDEX statement_text_de IF NOT EXISTS FOR (s:Quote|Claim) ON EACH [s.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'german'}}
