// Purpose: after a merge, a document may mention the kept entity twice: fold those MENTIONS into one
// Params: $id: String - the kept entity
// Returns: collapsed - one row: how many documents had two
// Row: { collapsed: number }
// Mode: write
MATCH (d:Document)-[m:MENTIONS]->(:Entity {id: $id})
WITH d, collect(m) AS ms
WHERE size(ms) > 1
WITH ms, reduce(s = [], x IN ms | s + coalesce(x.starts, [])) AS starts,
     reduce(s = [], x IN ms | s + coalesce(x.ends, [])) AS ends
FOREACH (x IN tail(ms) | DELETE x)
WITH head(ms) AS keep, starts, ends
SET keep.starts = starts, keep.ends = ends, keep.count = size(starts)
RETURN count(keep) AS collapsed
