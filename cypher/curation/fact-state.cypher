// Purpose: a fact by id, node (Quote, Claim, Event, Report) or relationship (the loader's types), for retractFact
// Params: $id: String
// Returns: id, properties (Map, without the long text fields) - zero or one row
// Row: { id: string; properties: Record<string, unknown> }
// Mode: read
CALL () {
  MATCH (n:Quote {id: $id}) RETURN properties(n) AS p
  UNION
  MATCH (n:Claim {id: $id}) RETURN properties(n) AS p
  UNION
  MATCH (n:Event {id: $id}) RETURN properties(n) AS p
  UNION
  MATCH (n:Report {id: $id}) RETURN properties(n) AS p
  UNION
  MATCH ()-[r:HELD_ROLE|PARTICIPATED_IN|LOCATED_IN|CONTROLS|HANDED_OVER_TO|MEMBER_OF|ABOUT {id: $id}]->()
  RETURN properties(r) AS p
}
RETURN p.id AS id, apoc.map.removeKeys(p, ['text', 'textDe', 'textEn', 'aliasText']) AS properties
LIMIT 1
