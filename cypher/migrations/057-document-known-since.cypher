// Purpose: documents are listed by when they were first known (document/documents-page)
CREATE INDEX document_known_since IF NOT EXISTS FOR (d:Document) ON (d.knownSince)
