// Purpose: the shortest chains linking two entities through dated facts: statements (SAID/CLAIMED ...
//   ABOUT), reports (PUBLISHED ... REPORTS_ON), events (AT, PARTICIPATED_IN) and relations between
//   entities (HELD_ROLE, HANDED_OVER_TO, CONTROLS, MEMBER_OF, LOCATED_IN), one row per sequence of
//   entities (a route), with the graph paths found along it (they differ in the facts or in parallel
//   relations between the same entities, e.g. two roles a person held in NATO).
//   Bounded at every stage, because a path search left alone costs the whole graph:
//   - documents and mentions are not part of it (a document links everything it mentions);
//   - no path passes through a node with more than $maxDegree relationships of these types (a hub:
//     NATO or a country at 1M quotes; that two people both talk about NATO says little, and expanding
//     it reads all its facts); the two ends are exempt;
//   - every condition is a universal one on the path's nodes or relationships (all(...)), which the
//     bidirectional breadth-first search of allShortestPaths checks as it expands; a condition on the
//     whole path (its length, none(...)) makes Neo4j plan a fallback that enumerates every path of up
//     to 12 steps whenever no shortest path passes, which ran into the 15 s timeout on the 6-article
//     sample (maxHops is therefore checked after the search, on the paths found);
//   - at most $maxPaths graph paths are read, then at most $maxRoutes routes are returned.
// Params: $from: String; $to: String - entity ids; $maxHops: Int (1-4, entity-to-entity steps; each
//   step takes up to 3 graph steps); $maxDegree: Int; $maxPaths: Int; $maxRoutes: Int;
//   $asOf: String|null; $includeRetracted: Boolean|null (paths through a retracted fact are left out
//   unless true)
// Returns: route (List<String>: entity ids, from first), variants (List<List<Map>>: each a graph path
//   as its nodes and relationships in order: {node: Boolean, entity: Boolean, id, type, edtf,
//   earliest, latest, precision, evidence}) - one row per route, fewest entity steps first, at most
//   $maxRoutes
// Row: { route: string[]; variants: PathElement[][] }
// Mode: read
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
WHERE a <> b
MATCH p = allShortestPaths((a)-[:SAID|CLAIMED|ABOUT|REPORTS_ON|PUBLISHED|AT|PARTICIPATED_IN|HELD_ROLE|HANDED_OVER_TO|
                                 CONTROLS|MEMBER_OF|LOCATED_IN*..12]-(b))
WHERE all(y IN nodes(p) WHERE y = a OR y = b OR NOT y:Entity
          OR COUNT { (y)-[:SAID|CLAIMED|ABOUT|REPORTS_ON|PUBLISHED|AT|PARTICIPATED_IN|HELD_ROLE|HANDED_OVER_TO|CONTROLS|
                         MEMBER_OF|LOCATED_IN]-() } <= $maxDegree)
  AND all(y IN nodes(p) WHERE coalesce($includeRetracted, false) OR NOT coalesce(y.retracted, false))
  AND all(r IN relationships(p) WHERE coalesce($includeRetracted, false) OR NOT coalesce(r.retracted, false))
  AND all(y IN nodes(p) WHERE $asOf IS NULL OR y:Entity OR y.knownSince <= date($asOf))
  AND all(r IN relationships(p) WHERE $asOf IS NULL OR r.knownSince IS NULL OR r.knownSince <= date($asOf))
WITH a, p LIMIT toInteger($maxPaths)
WITH a, p, [n IN nodes(p) WHERE n:Entity | n.id] AS route
WHERE size(route) - 1 <= $maxHops AND length(p) <= 3 * $maxHops
WITH a, route, collect(p) AS paths
ORDER BY size(route), route
LIMIT toInteger($maxRoutes)
RETURN route, [p IN paths | reduce(acc = [{node: true, entity: true, id: a.id}], i IN range(0, length(p) - 1) |
  acc + [
    {node: false, entity: false, id: relationships(p)[i].id, type: type(relationships(p)[i]),
     edtf: relationships(p)[i].edtf, earliest: relationships(p)[i].earliest, latest: relationships(p)[i].latest,
     precision: relationships(p)[i].precision, evidence: relationships(p)[i].evidence},
    {node: true, entity: nodes(p)[i + 1]:Entity, id: nodes(p)[i + 1].id,
     type: head([l IN labels(nodes(p)[i + 1]) WHERE l <> 'Entity']),
     edtf: nodes(p)[i + 1].edtf, earliest: nodes(p)[i + 1].earliest, latest: nodes(p)[i + 1].latest,
     precision: nodes(p)[i + 1].precision}
  ])] AS variants
