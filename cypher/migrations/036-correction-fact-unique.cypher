// Purpose: a curator's correction of a quote or claim is one node per fact (curation/correct-fact),
//   found by fact id when a document is written again
CREATE CONSTRAINT correction_fact_id IF NOT EXISTS FOR (c:Correction) REQUIRE c.factId IS UNIQUE
