// Purpose: one statement placed at differently dated events by different sources: a quote the person
//   said that is AT two events (each source's reading of when it was said), with both events' times;
//   whether the dates disagree is decided by the caller (a date without a year may fit either)
// Params: $id: String - the speaker's entity id; $asOf: String|null (facts known later are left out);
//   $includeDeprecated: Boolean - facts curators deprecated too
// Returns: quoteId, firstId, secondId (the events), and each event's edtf, earliest and latest
// Row: { quoteId: string; firstId: string; secondId: string; firstEdtf: string | null;
//   secondEdtf: string | null; firstEarliest: string | null; firstLatest: string | null;
//   secondEarliest: string | null; secondLatest: string | null }
// Mode: read
MATCH (:Entity {id: $id})-[:SAID]->(q:Quote)-[:AT]->(e1:Event)
WHERE (NOT coalesce(q.retracted, false) OR ($includeDeprecated AND coalesce(q.deprecated, false)))
  AND (NOT coalesce(e1.retracted, false) OR ($includeDeprecated AND coalesce(e1.deprecated, false)))
  AND ($asOf IS NULL OR (q.knownSince <= date($asOf) AND e1.knownSince <= date($asOf)))
MATCH (q)-[:AT]->(e2:Event)
WHERE e1.id < e2.id AND e1.edtf <> e2.edtf
  AND (NOT coalesce(e2.retracted, false) OR ($includeDeprecated AND coalesce(e2.deprecated, false)))
  AND ($asOf IS NULL OR e2.knownSince <= date($asOf))
RETURN q.id AS quoteId, e1.id AS firstId, e2.id AS secondId, e1.edtf AS firstEdtf, e2.edtf AS secondEdtf,
  toString(e1.earliest) AS firstEarliest, toString(e1.latest) AS firstLatest,
  toString(e2.earliest) AS secondEarliest, toString(e2.latest) AS secondLatest
ORDER BY quoteId, firstId, secondId
