// Purpose: full-text search of German quotes and claims (text copied to textDe when lang is de), German stemming
// Neo4j allows one full-text index per label/property set, so each language gets its own property.
CREATE FULLTEXT INDEX statement_text_de IF NOT EXISTS FOR (s:Quote|Claim) ON EACH [s.textDe] OPTIONS {indexConfig: {`fulltext.analyzer`: 'german'}}
