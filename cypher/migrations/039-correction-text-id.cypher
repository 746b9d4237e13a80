// Purpose: a curator's correction is found by the words of its quote or claim (textId) when a later
//   extractor gives the fact another id (ingest/apply-corrections)
CREATE INDEX correction_text_id IF NOT EXISTS FOR (c:Correction) ON (c.textId)
