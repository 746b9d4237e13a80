// Purpose: the dated-fact ids whose timeline entries may name any of the given entities (linked to the fact,
//   or mentioned in a document the fact rests on), for refresh-timeline-entries after curation moved links
// Params: $ids: List<String> - entity ids
// Returns: id - one row per fact (Quote, Claim, Event, Report)
// Row: { id: string }
// Mode: read
MATCH (e:Entity) WHERE e.id IN $ids
CALL (e) {
  MATCH (e)-[]-(f) WHERE f:Quote OR f:Claim OR f:Event OR f:Report RETURN f
  UNION
  MATCH (e)-[:SAID|CLAIMED]->()-[:AT]->(f:Event) RETURN f
  UNION
  MATCH (e)<-[:MENTIONS]-(:Document)<-[:SOURCED_FROM]-(f) WHERE f:Quote OR f:Claim OR f:Event OR f:Report RETURN f
}
RETURN DISTINCT f.id AS id
