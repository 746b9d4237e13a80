// Purpose: an entity's identity judgements are found from either end (entity/identity-judgements)
CREATE INDEX identity_judgement_b IF NOT EXISTS FOR (j:IdentityJudgement) ON (j.b)
