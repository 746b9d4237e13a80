// Purpose: merges entity $merge into $keep: every relationship moves (apoc.refactor.mergeNodes, relationships
//   kept apart so facts with different properties stay distinct), aliases and merged ids are combined,
//   $keep's other properties win, and a redirect is left for $merge and for ids merged into it before; $merge's
//   timeline entries become $keep's (one entry per fact: where both had one, $merge's goes) and its relations name
//   $keep as their end (fromId/toId)
// Params: $keep: String; $merge: String
// Returns: id, mergedIds - zero or one row (none when either entity is missing)
// Row: { id: string; mergedIds: string[] }
// Mode: write
MATCH (k:Entity {id: $keep}), (m:Entity {id: $merge})
WITH k, m,
     coalesce(k.aliases, []) + [a IN coalesce(m.aliases, []) + [m.name] WHERE NOT a IN coalesce(k.aliases, [])]
       AS aliases,
     coalesce(k.mergedIds, []) + [$merge] + coalesce(m.mergedIds, []) AS mergedIds
MERGE (r:EntityRedirect {id: $merge})
SET r.to = $keep
WITH k, m, aliases, mergedIds
CALL (m) {
  MATCH (older:EntityRedirect {to: m.id})
  SET older.to = $keep
  RETURN count(older) AS moved
}
CALL (k, m) {
  MATCH (m)-[t:ON_TIMELINE]->(f)
  WITH t, EXISTS { (k)-[:ON_TIMELINE]->(f) } AS twice
  FOREACH (_ IN CASE WHEN twice THEN [1] ELSE [] END | DELETE t)
  FOREACH (_ IN CASE WHEN twice THEN [] ELSE [1] END | SET t.entity = $keep)
}
CALL (m) {
  MATCH (m)-[r]-()
  WHERE r.fromId = $merge OR r.toId = $merge
  SET r.fromId = CASE WHEN r.fromId = $merge THEN $keep ELSE r.fromId END,
      r.toId = CASE WHEN r.toId = $merge THEN $keep ELSE r.toId END
}
CALL apoc.refactor.mergeNodes([k, m], {properties: 'discard', mergeRels: false}) YIELD node
SET node.aliases = aliases, node.mergedIds = mergedIds, node.aliasText = reduce(s = '', a IN aliases | s + ' ' + a)
RETURN node.id AS id, node.mergedIds AS mergedIds
