// Purpose: claims are found by their words however punctuated (conflict/attribution-pairs)
CREATE INDEX claim_words_id IF NOT EXISTS FOR (c:Claim) ON (c.wordsId)
