// Purpose: the judgements a rendering's words take part in, found from the first side (lineage/renderings-near)
CREATE INDEX lineage_judgement_a IF NOT EXISTS FOR (j:LineageJudgement) ON (j.a)
