// Purpose: overlap filters need the upper bound too
CREATE INDEX quote_latest IF NOT EXISTS FOR (q:Quote) ON (q.latest)
