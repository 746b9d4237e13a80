// Purpose: timeline range scans on when a quote was said
CREATE INDEX quote_earliest IF NOT EXISTS FOR (q:Quote) ON (q.earliest)
