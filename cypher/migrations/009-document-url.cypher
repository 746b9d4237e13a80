// Purpose: a new version of the same url replaces the old one
CREATE INDEX document_url IF NOT EXISTS FOR (d:Document) ON (d.url)
