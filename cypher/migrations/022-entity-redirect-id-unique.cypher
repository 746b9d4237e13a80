// Purpose: an id merged away by mergeEntities resolves through one (:EntityRedirect {id, to}) per id
CREATE CONSTRAINT entity_redirect_id IF NOT EXISTS FOR (r:EntityRedirect) REQUIRE r.id IS UNIQUE
