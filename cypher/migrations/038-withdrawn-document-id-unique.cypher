// Purpose: a withdrawn document (curation/withdraw-document) keeps its id, unique among withdrawn
//   documents; ingest and restore find it by id
CREATE CONSTRAINT withdrawn_document_id_unique IF NOT EXISTS FOR (d:WithdrawnDocument) REQUIRE d.id IS UNIQUE
