// Purpose: the per-entity timeline index with each entry's last day as a fourth key: a window seek on (entity,
//   precision, key) then reads `latest` from the index itself, so the window's "ends on or after $from" check and
//   the total cost no read of the relationship's properties (replaces on_timeline_entity_precision_key, dropped in 032)
CREATE INDEX on_timeline_entity_precision_key_latest IF NOT EXISTS FOR ()-[t:ON_TIMELINE]-() ON (t.entity, t.precision, t.key, t.latest)
