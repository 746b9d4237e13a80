// Purpose: one review candidate per entity and Wikidata item, however often the linker runs
CREATE CONSTRAINT wikidata_candidate_unique IF NOT EXISTS FOR (c:WikidataCandidate) REQUIRE (c.entityId, c.qid) IS UNIQUE
