// Purpose: the per-entity timeline: one ON_TIMELINE relationship per (entity, dated fact) it belongs to, sought by
//   (entity id, date precision, page sort key), so a timeline page reads the entity's entries in the window in key
//   order and stops after the page, however many other facts the window holds (timeline/timeline-page); the
//   entry's last day and retraction are keys too, so the checks "ends on or after $from" and "not retracted" and
//   the window's total read them from the index, not from the relationship or the fact
CREATE INDEX on_timeline_entity_precision_key_latest_retracted IF NOT EXISTS FOR ()-[t:ON_TIMELINE]-() ON (t.entity, t.precision, t.key, t.latest, t.retracted)
