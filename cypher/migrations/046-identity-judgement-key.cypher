// Purpose: one identity judgement per pair of entities (curation/judge-identity), found by the pair's key
CREATE CONSTRAINT identity_judgement_key IF NOT EXISTS FOR (j:IdentityJudgement) REQUIRE j.key IS UNIQUE
