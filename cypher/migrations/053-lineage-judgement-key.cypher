// Purpose: one curator's judgement per pair of renderings' words (curation/judge-renderings)
CREATE CONSTRAINT lineage_judgement_key IF NOT EXISTS FOR (j:LineageJudgement) REQUIRE j.key IS UNIQUE
