// Purpose: the shortest chains linking two entities through dated facts: statements (SAID/CLAIMED ...
//   ABOUT), reports (PUBLISHED ... REPORTS_ON), events (AT, PARTICIPATED_IN) and relations between
//   entities (HELD_ROLE, HANDED_OVER_TO, CONTROLS, MEMBER_OF, LOCATED_IN); at most 12 graph steps
//   (4 entity-to-entity hops of up to 3 steps each; the caller trims by entity hops)
// Params: $from: String; $to: String - entity ids; $maxSteps: Int (3 x maxHops); $asOf: String|null;
//   $includeRetracted: Boolean|null (paths through a retracted fact are left out unless true)
// Returns: elements (List<Map>: the path's nodes and relationships in order: {node: Boolean, entity: Boolean,
//   id, type, edtf, earliest, latest, precision, evidence}) - one row per path, at most 20
// Mode: read
MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:SAID|CLAIMED|ABOUT|REPORTS_ON|PUBLISHED|AT|PARTICIPATED_IN|HELD_ROLE|HANDED_OVER_TO|CONTROLS|MEMBER_OF|LOCATED_IN*..12]-(b))
WHERE a <> b
  AND length(p) <= toInteger(coalesce($maxSteps, 12))
  AND all(x IN nodes(p) WHERE x:Entity OR $asOf IS NULL OR x.knownSince <= date($asOf))
  AND all(r IN relationships(p) WHERE $asOf IS NULL OR r.knownSince IS NULL OR r.knownSince <= date($asOf))
  AND (coalesce($includeRetracted, false) OR (none(x IN nodes(p) WHERE coalesce(x.retracted, false))
       AND none(r IN relationships(p) WHERE coalesce(r.retracted, false))))
WITH a, p LIMIT 20
RETURN reduce(acc = [{node: true, entity: true, id: a.id}], i IN range(0, length(p) - 1) |
  acc + [
    {node: false, entity: false, id: relationships(p)[i].id, type: type(relationships(p)[i]),
     edtf: relationships(p)[i].edtf, earliest: relationships(p)[i].earliest, latest: relationships(p)[i].latest,
     precision: relationships(p)[i].precision, evidence: relationships(p)[i].evidence},
    {node: true, entity: nodes(p)[i + 1]:Entity, id: nodes(p)[i + 1].id,
     type: head([l IN labels(nodes(p)[i + 1]) WHERE l <> 'Entity']),
     edtf: nodes(p)[i + 1].edtf, earliest: nodes(p)[i + 1].earliest, latest: nodes(p)[i + 1].latest,
     precision: nodes(p)[i + 1].precision}
  ]) AS elements
