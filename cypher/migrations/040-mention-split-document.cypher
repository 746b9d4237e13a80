// Purpose: a curator's mention splits are found by their document when it is written (ingest/apply-mention-splits)
CREATE INDEX mention_split_document IF NOT EXISTS FOR (s:MentionSplit) ON (s.docId)
