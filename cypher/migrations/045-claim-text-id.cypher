// Purpose: claims are found by their words whoever made them (conflict/attribution-pairs)
CREATE INDEX claim_text_id IF NOT EXISTS FOR (c:Claim) ON (c.textId)
