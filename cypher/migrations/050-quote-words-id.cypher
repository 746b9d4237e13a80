// Purpose: quotes are found by their words however punctuated (conflict/attribution-pairs)
CREATE INDEX quote_words_id IF NOT EXISTS FOR (q:Quote) ON (q.wordsId)
