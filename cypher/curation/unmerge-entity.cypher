// Purpose: undoes mergeEntities of $merge, whose relationships $keep now holds: $merge comes back with the
//   properties and labels it had (its EntitySnapshot), every relationship marked "side@$merge" in mergedFrom
//   gets that end back (when $keep still holds it) and loses the mark, fromId/toId name $merge again, ids that
//   were merged into $merge resolve to it again, and $keep loses the aliases, merged ids and properties it gained
//   from $merge. Mentions and timeline entries follow (curation/unmerge-mentions, refresh-timeline-entries).
// Params: $keep: String; $merge: String
// Returns: id, moved - zero or one row (none when no snapshot or $keep is missing, or $merge exists again)
// Row: { id: string; moved: number }
// Mode: write
MATCH (s:EntitySnapshot {snapshotOf: $merge}), (k:Entity {id: $keep})
WHERE NOT EXISTS { MATCH (:Entity {id: $merge}) }
CREATE (m:Entity)
SET m = properties(s)
REMOVE m.snapshotOf, m.snapshotInto, m.snapshotAt, m.snapshotLabels, m.snapshotAddedAliases, m.snapshotKeepKeys,
       m.snapshotMentions
SET m:$(s.snapshotLabels)
WITH s, k, m, ['start@' + $merge, 'end@' + $merge, 'both@' + $merge] AS marks
CALL (k, m, marks) {
  MATCH (k)-[x]-()
  WHERE any(t IN coalesce(x.mergedFrom, []) WHERE t IN marks)
  WITH DISTINCT x, [t IN x.mergedFrom WHERE t IN marks][-1] AS mark, startNode(x) AS a, endNode(x) AS b,
       type(x) AS type, properties(x) AS props
  WITH x, type, props, a, b,
       CASE WHEN mark IN ['start@' + $merge, 'both@' + $merge] AND a = k THEN m ELSE a END AS a2,
       CASE WHEN mark IN ['end@' + $merge, 'both@' + $merge] AND b = k THEN m ELSE b END AS b2
  DELETE x
  CREATE (a2)-[y:$(type)]->(b2)
  SET y = props
  SET y.mergedFrom = CASE WHEN size([t IN props.mergedFrom WHERE NOT t IN marks]) = 0 THEN null
                          ELSE [t IN props.mergedFrom WHERE NOT t IN marks] END,
      y.fromId = CASE WHEN a2 = m AND props.fromId = $keep THEN $merge ELSE props.fromId END,
      y.toId = CASE WHEN b2 = m AND props.toId = $keep THEN $merge ELSE props.toId END
  RETURN count(y) AS moved
}
CALL (s) {
  MATCH (older:EntityRedirect)
  WHERE older.id IN coalesce(s.mergedIds, []) AND older.via[-1] = $merge
  SET older.to = $merge, older.via = older.via[..-1]
}
MATCH (r:EntityRedirect {id: $merge})
DELETE r
WITH s, k, m, moved,
     [key IN keys(k) WHERE NOT key IN s.snapshotKeepKeys AND NOT key IN ['aliases', 'mergedIds', 'aliasText']
                       AND k[key] = s[key]] AS gained,
     [a IN coalesce(k.aliases, []) WHERE NOT a IN s.snapshotAddedAliases] AS aliases
SET k = apoc.map.merge(apoc.map.removeKeys(properties(k), gained), {
      aliases: aliases,
      aliasText: reduce(t = '', a IN aliases | t + ' ' + a),
      mergedIds: [i IN coalesce(k.mergedIds, []) WHERE i <> $merge AND NOT i IN coalesce(s.mergedIds, [])]
    }),
    m.mergedIds = [i IN coalesce(s.mergedIds, []) WHERE EXISTS { MATCH (:EntityRedirect {id: i, to: $merge}) }]
RETURN m.id AS id, moved
