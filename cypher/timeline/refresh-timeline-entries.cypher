// Purpose: rewrites the per-entity timeline entries of the given facts from the graph: one
//   (:Entity)-[:ON_TIMELINE {entity, precision, key, earliest, latest, kind, retracted}]->(fact)
//   for every entity the dated fact belongs to (the speaker of a quote or claim, what a claim is
//   about, the publisher of a report, an event's participants, place and the speakers of what was
//   said at it, and any entity named inside the fact's evidence span); entries of entities no
//   longer linked, and of facts without a date, go. Run in the transaction that changed the facts
//   (ingest, document replacement, retraction); the same graph gives the same entries.
// Params: $ids: List<String> - fact ids (Quote, Claim, Event, Report); ids of no fact are skipped
// Returns: facts, entries - one row: facts refreshed, entries they now have
// Row: { facts: number; entries: number }
// Mode: write
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Quote {id: id}) RETURN n, 'QUOTE' AS kind
  UNION
  MATCH (n:Claim {id: id}) RETURN n, 'CLAIM' AS kind
  UNION
  MATCH (n:Event {id: id}) RETURN n, 'EVENT' AS kind
  UNION
  MATCH (n:Report {id: id}) RETURN n, 'REPORT' AS kind
}
WITH DISTINCT n, kind
CALL (n, kind) {
  CALL (n, kind) {
    MATCH (x:Entity)-[:SAID]->(n) WHERE kind = 'QUOTE' RETURN x
    UNION
    MATCH (x:Entity)-[:CLAIMED]->(n) WHERE kind = 'CLAIM' RETURN x
    UNION
    MATCH (n)-[:ABOUT]->(x:Entity) WHERE kind = 'CLAIM' RETURN x
    UNION
    MATCH (x:Entity)-[:PUBLISHED]->(n) WHERE kind = 'REPORT' RETURN x
    UNION
    MATCH (x:Entity)-[:PARTICIPATED_IN]->(n) WHERE kind = 'EVENT' RETURN x
    UNION
    MATCH (n)-[:LOCATED_IN]->(x:Entity) WHERE kind = 'EVENT' RETURN x
    UNION
    MATCH (x:Entity)-[:SAID|CLAIMED]->()-[:AT]->(n) WHERE kind = 'EVENT' RETURN x
    UNION
    MATCH (n)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity)
    WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end)
    RETURN x
  }
  WITH collect(x) AS linked
  RETURN CASE WHEN n.earliest IS NULL THEN [] ELSE linked END AS members
}
CALL (n, members) {
  MATCH (y:Entity)-[t:ON_TIMELINE]->(n)
  WHERE NOT y IN members
  DELETE t
}
CALL (n, kind, members) {
  UNWIND members AS x
  MERGE (x)-[t:ON_TIMELINE]->(n)
  SET t.entity = x.id, t.precision = n.precision, t.earliest = n.earliest, t.latest = n.latest, t.kind = kind,
      t.retracted = coalesce(n.retracted, false),
      t.key = toString(n.earliest) + '|'
              + right('0000000' + toString(duration.inDays(n.latest, date('9999-12-31')).days), 7) + '|' + n.id
  RETURN count(t) AS entries
}
RETURN count(n) AS facts, sum(entries) AS entries
