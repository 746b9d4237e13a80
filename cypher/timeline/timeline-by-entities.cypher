// Purpose: the timeline of one or more entities, entity-first (used when no date range is given, and
//   for any range when the caller prefers): quotes they said, claims by or about them, reports they
//   published, events they took part in or that were located at them or where they spoke, HELD_ROLE
//   relations, and any fact whose evidence span names them. Dated items are sorted (earliest, then the
//   longer span first, then id) and paged by key; undated items (year unknown) are returned separately.
// Params: $entityIds: List<String> (an id merged away by mergeEntities counts as the entity it went into);
//   $from: String|null (YYYY-MM-DD); $to: String|null; $kinds: List<String>|null
//   (QUOTE, CLAIM, EVENT, REPORT, ROLE_CHANGE); $asOf: String|null; $afterKey: String|null (sort key of the
//   last item seen); $first: Int (page size + 1 is fetched); $withUndated: Boolean;
//   $includeRetracted: Boolean|null (retracted facts are left out unless true)
// Returns: found (the given ids that name an entity, directly or merged into another), total (dated items
//   over all pages), items (List<Map>: the fact projection plus key and section 'page' | 'undated') - exactly one row
// Mode: read
UNWIND $entityIds AS asked
OPTIONAL MATCH (redirect:EntityRedirect {id: asked})
OPTIONAL MATCH (e:Entity {id: coalesce(redirect.to, asked)})
WITH collect(CASE WHEN e IS NOT NULL THEN asked END) AS found, collect(DISTINCT e) AS entities
// the candidates are collected inside a subquery: an aggregate without grouping keys gives exactly
// one row even when nothing is left (nothing known as of $asOf, nothing in the range), so `found`
// survives and a known entity with an empty answer is not mistaken for a missing one
CALL (entities) {
  CALL (entities) {
    UNWIND entities AS e
    CALL (e) {
      MATCH (e)-[:SAID]->(n:Quote) RETURN n, null AS r, 'QUOTE' AS kind
      UNION
      MATCH (e)-[:CLAIMED]->(n:Claim) RETURN n, null AS r, 'CLAIM' AS kind
      UNION
      MATCH (e)<-[:ABOUT]-(n:Claim) RETURN n, null AS r, 'CLAIM' AS kind
      UNION
      MATCH (e)-[:PUBLISHED]->(n:Report) RETURN n, null AS r, 'REPORT' AS kind
      UNION
      MATCH (e)-[:PARTICIPATED_IN]->(n:Event) RETURN n, null AS r, 'EVENT' AS kind
      UNION
      MATCH (e)<-[:LOCATED_IN]-(n:Event) RETURN n, null AS r, 'EVENT' AS kind
      UNION
      MATCH (e)-[:SAID|CLAIMED]->()-[:AT]->(n:Event) RETURN n, null AS r, 'EVENT' AS kind
      UNION
      MATCH (e)<-[m:MENTIONS]-(:Document)<-[s:SOURCED_FROM]-(n)
      WHERE any(x IN m.starts WHERE x >= s.start AND x < s.end)
      RETURN n, null AS r,
             CASE WHEN n:Quote THEN 'QUOTE' WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'REPORT' END AS kind
      UNION
      MATCH (e)-[r:HELD_ROLE]-(:Entity) RETURN null AS n, r, 'ROLE_CHANGE' AS kind
    }
    RETURN DISTINCT n, r, kind
  }
  WITH n, r, kind, coalesce(n, r) AS el
  WHERE el IS NOT NULL
    AND (coalesce($includeRetracted, false) OR NOT coalesce(el.retracted, false))
    AND ($kinds IS NULL OR kind IN $kinds)
    AND ($asOf IS NULL OR el.knownSince <= date($asOf))
    AND (el.earliest IS NULL OR (
          ($from IS NULL OR el.latest >= date($from)) AND ($to IS NULL OR el.earliest <= date($to))))
  WITH n, r, kind, el,
       CASE WHEN el.earliest IS NULL THEN null
            ELSE toString(el.earliest) + '|' + right('0000000' + toString(duration.inDays(el.latest, date('9999-12-31')).days), 7) + '|' + el.id END AS key
  ORDER BY key, el.id
  RETURN collect({n: n, r: r, kind: kind, key: key}) AS candidates
}
WITH found, entities, candidates
WITH found, entities,
     [x IN candidates WHERE x.key IS NOT NULL] AS dated,
     CASE WHEN $withUndated THEN [x IN candidates WHERE x.key IS NULL] ELSE [] END AS undated
WITH found, entities, size(dated) AS total,
     [x IN dated WHERE $afterKey IS NULL OR x.key > $afterKey][0..toInteger(coalesce($first, 50)) + 1] AS page, undated
UNWIND ([x IN page | x {.*, section: 'page'}] + [x IN undated | x {.*, section: 'undated'}] + [null]) AS x
WITH found, entities, total, x, x.n AS n, x.r AS r, coalesce(x.n, x.r) AS el
CALL (r) {
  UNWIND CASE WHEN r IS NULL THEN [] ELSE coalesce(r.evidence, []) END AS ev
  WITH split(ev, '|') AS p
  MATCH (d:Document {id: p[0]})
  WHERE $asOf IS NULL OR d.knownSince <= date($asOf)
  RETURN collect({start: toInteger(p[1]), end: toInteger(p[2]), extractor: p[3], confidence: toFloat(p[4]), cue: null,
                  excerpt: substring(d.text, toInteger(p[1]), toInteger(p[2]) - toInteger(p[1])),
                  document: d {.id, .title, .url, .outlet, .lang, .publishedAt, .knownSince}}) AS roleSources
}
WITH found, entities, total, CASE WHEN x IS NULL THEN null ELSE {
  section: x.section, key: x.key, kind: x.kind, id: el.id,
  edtf: el.edtf, earliest: el.earliest, latest: el.latest, precision: el.precision, knownSince: el.knownSince,
  text: el.text, lang: el.lang, quoteKind: CASE WHEN n:Quote THEN el.kind END, name: el.name, type: el.type, cue: el.cue,
  quantities: el.quantities, speakerDescription: el.speakerDescription, role: el.role,
  retracted: coalesce(el.retracted, false), retractedReason: el.retractedReason, retractedBy: el.retractedBy,
  retractedAt: toString(el.retractedAt),
  speakerId: head([(p:Entity)-[:SAID|CLAIMED]->(n) | p.id]),
  eventId: head([(n)-[:AT]->(ev:Event) | ev.id]),
  publisherId: head([(o:Entity)-[:PUBLISHED]->(n) | o.id]),
  placeId: head([(n)-[:LOCATED_IN]->(pl:Entity) | pl.id]),
  aboutIds: [(n)-[:ABOUT]->(a:Entity) | a.id],
  personId: startNode(r).id, organizationId: endNode(r).id,
  sources: CASE WHEN r IS NOT NULL THEN roleSources ELSE
    [(n)-[s:SOURCED_FROM]->(d:Document) WHERE $asOf IS NULL OR d.knownSince <= date($asOf) |
      {start: s.start, end: s.end, confidence: s.confidence, extractor: s.extractor, cue: s.cue,
       excerpt: substring(d.text, s.start, s.end - s.start),
       document: d {.id, .title, .url, .outlet, .lang, .publishedAt, .knownSince}}] END
} END AS item
RETURN found, total, collect(item) AS items
