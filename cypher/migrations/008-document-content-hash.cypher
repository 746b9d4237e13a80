// Purpose: re-ingesting the same text is found by its hash
CREATE INDEX document_content_hash IF NOT EXISTS FOR (d:Document) ON (d.contentHash)
