// Purpose: quotes are found by their words whoever said them (conflict/attribution-pairs)
CREATE INDEX quote_text_id IF NOT EXISTS FOR (q:Quote) ON (q.textId)
