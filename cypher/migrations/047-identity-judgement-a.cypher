// Purpose: an entity's identity judgements are found from either end (entity/identity-judgements)
CREATE INDEX identity_judgement_a IF NOT EXISTS FOR (j:IdentityJudgement) ON (j.a)
