// Purpose: the per-entity timeline index with each entry's last day and retraction as further keys: a window seek
//   on (entity, precision, key) reads `latest` and `retracted` from the index itself, so the checks "ends on or after
//   $from" and "not retracted" and the window's total read no relationship or fact (replaces
//   on_timeline_entity_precision_key, dropped in 033)
CREATE INDEX on_timeline_entity_precision_key_latest_retracted IF NOT EXISTS FOR ()-[t:ON_TIMELINE]-() ON (t.entity, t.precision, t.key, t.latest, t.retracted)
