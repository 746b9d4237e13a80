// Purpose: merges entity $merge into $keep: every relationship moves (apoc.refactor.mergeNodes, relationships
//   kept apart so facts with different properties stay distinct), aliases and merged ids are combined,
//   $keep's other properties win, and a redirect is left for $merge and for ids merged into it before; $merge's
//   timeline entries become $keep's (one entry per fact: where both had one, $merge's goes) and its relations name
//   $keep as their end (fromId/toId). What unmergeEntities needs is kept: an (:EntitySnapshot) with $merge's
//   properties, labels and mentions (JSON) and what $keep gained; every moved relationship other than MENTIONS and
//   ON_TIMELINE gets "start|end|both@<$merge>" appended to its mergedFrom list (the end that was $merge's), and
//   redirects re-pointed from $merge to $keep get $merge appended to their via list
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
SET r.to = $keep, r.via = []
MERGE (s:EntitySnapshot {snapshotOf: $merge})
SET s = properties(m)
SET s.snapshotOf = $merge, s.snapshotInto = $keep, s.snapshotAt = datetime(),
    s.snapshotLabels = [l IN labels(m) WHERE l <> 'Entity'],
    s.snapshotAddedAliases = [a IN aliases WHERE NOT a IN coalesce(k.aliases, [])],
    s.snapshotKeepKeys = keys(k),
    s.snapshotMentions = apoc.convert.toJson([(d:Document)-[x:MENTIONS]->(m) | {documentId: d.id, starts: x.starts,
                                                                                ends: x.ends}])
WITH k, m, aliases, mergedIds
CALL (m) {
  MATCH (older:EntityRedirect {to: m.id})
  SET older.to = $keep, older.via = coalesce(older.via, []) + [$merge]
  RETURN count(older) AS moved
}
CALL (m) {
  MATCH (m)-[x]-()
  WHERE NOT type(x) IN ['MENTIONS', 'ON_TIMELINE']
  WITH DISTINCT x, CASE WHEN startNode(x) = m AND endNode(x) = m THEN 'both'
                        WHEN startNode(x) = m THEN 'start' ELSE 'end' END AS side
  SET x.mergedFrom = coalesce(x.mergedFrom, []) + [side + '@' + $merge]
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
