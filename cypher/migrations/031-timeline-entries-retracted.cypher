// Purpose: gives every per-entity timeline entry its fact's retraction (t.retracted, true or false, never null: the
//   index of 032 holds only entries that have it), as timeline/refresh-timeline-entries writes it from now on; in
//   batches of 10000 entries, one transaction each; a second run changes nothing
MATCH ()-[t:ON_TIMELINE]->(n)
WHERE t.retracted IS NULL OR t.retracted <> coalesce(n.retracted, false)
CALL (t, n) {
  SET t.retracted = coalesce(n.retracted, false)
} IN TRANSACTIONS OF 10000 ROWS
