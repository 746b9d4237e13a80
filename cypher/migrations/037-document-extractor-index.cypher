// Purpose: documents by the extractor version that read them: serverInfo counts those behind the
//   running one (system/extractor-status) without reading every document
CREATE INDEX document_extractor IF NOT EXISTS FOR (d:Document) ON (d.extractor)
