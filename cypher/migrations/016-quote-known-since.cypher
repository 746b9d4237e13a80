// Purpose: as-of (knowledge time): earliest publication among a quote's sources
CREATE INDEX quote_known_since IF NOT EXISTS FOR (q:Quote) ON (q.knownSince)
