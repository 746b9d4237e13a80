// Purpose: timeline range scans on reports
CREATE INDEX report_earliest IF NOT EXISTS FOR (r:Report) ON (r.earliest)
