// Purpose: as-of filters on publication date
CREATE INDEX document_published IF NOT EXISTS FOR (d:Document) ON (d.publishedAt)
