// Purpose: full-text search of English quotes and claims (text copied to textEn when lang is en), English stemming
CREATE FULLTEXT INDEX statement_text_en IF NOT EXISTS FOR (s:Quote|Claim) ON EACH [s.textEn] OPTIONS {indexConfig: {`fulltext.analyzer`: 'english'}}
