// Purpose: stable entity ids (person:marco-rubio) are unique, so re-ingestion MERGEs
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE
