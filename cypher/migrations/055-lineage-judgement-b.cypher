// Purpose: the judgements a rendering's words take part in, found from the second side (lineage/renderings-near)
CREATE INDEX lineage_judgement_b IF NOT EXISTS FOR (j:LineageJudgement) ON (j.b)
