// Purpose: full-text search of quotes and claims with English stemming
CREATE FULLTEXT INDEX statement_text_en IF NOT EXISTS FOR (s:Quote|Claim) ON EACH [s.text] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}
