// Purpose: timeline range scans on claims
CREATE INDEX claim_earliest IF NOT EXISTS FOR (c:Claim) ON (c.earliest)
