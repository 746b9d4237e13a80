// Purpose: one rejection per entity and Wikidata item: a curator's "not this item" is found by the pair
CREATE CONSTRAINT wikidata_rejection_unique IF NOT EXISTS
FOR (r:WikidataRejection) REQUIRE (r.entityId, r.qid) IS UNIQUE
