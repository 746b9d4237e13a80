// Purpose: claims are found by when they were first known (lineage/renderings-near's speakerless candidates)
CREATE INDEX claim_known_since IF NOT EXISTS FOR (c:Claim) ON (c.knownSince)
