// Purpose: one misattribution mark per rendering's words and speaker (curation/mark-misattributed)
CREATE CONSTRAINT lineage_mark_key IF NOT EXISTS FOR (m:LineageMark) REQUIRE m.key IS UNIQUE
