// Purpose: the timeline of one or more entities within a date range, range-first: the earliest-date
//   range indexes (Quote/Claim/Event/Report (precision, earliest), one seek per precision bounded on both
//   sides by the longest span of that precision; HELD_ROLE.earliest) find the items whose span overlaps
//   [$from, $to], then membership is checked against the entities (said, claimed, about,
//   published, took part, located, spoke at, or named in the evidence span). Same sort, paging and
//   projection as timeline/timeline-by-entities; undated items come entity-first.
// Params: $entityIds: List<String> (an id merged away by mergeEntities counts as the entity it went into);
//   $from: String (YYYY-MM-DD, required: pass 0001-01-01 for open);
//   $to: String (required: pass 9999-12-31 for open); $kinds: List<String>|null; $asOf: String|null;
//   $afterKey: String|null; $first: Int; $withUndated: Boolean;
//   $includeRetracted: Boolean|null (retracted facts are left out unless true);
//   $seeks: List<Map {precision, earliestFrom}> - one index seek per date precision (src/queries/window-seeks.ts)
// Returns: found, total, items - exactly one row (see timeline/timeline-by-entities)
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
    UNWIND $seeks AS seek
    MATCH (n:Quote) USING INDEX n:Quote(precision, earliest)
    WHERE n.precision = seek.precision AND n.earliest <= date($to) AND n.latest >= date($from)
      AND n.earliest >= date(seek.earliestFrom)
      AND (EXISTS { MATCH (x:Entity)-[:SAID]->(n) WHERE x IN entities }
        OR EXISTS { MATCH (n)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity) WHERE x IN entities AND any(p IN m.starts WHERE p >= s.start AND p < s.end) })
    RETURN n, null AS r, 'QUOTE' AS kind
    UNION
    UNWIND $seeks AS seek
    MATCH (n:Claim) USING INDEX n:Claim(precision, earliest)
    WHERE n.precision = seek.precision AND n.earliest <= date($to) AND n.latest >= date($from)
      AND n.earliest >= date(seek.earliestFrom)
      AND (EXISTS { MATCH (x:Entity)-[:CLAIMED]->(n) WHERE x IN entities }
        OR EXISTS { MATCH (n)-[:ABOUT]->(x:Entity) WHERE x IN entities }
        OR EXISTS { MATCH (n)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity) WHERE x IN entities AND any(p IN m.starts WHERE p >= s.start AND p < s.end) })
    RETURN n, null AS r, 'CLAIM' AS kind
    UNION
    UNWIND $seeks AS seek
    MATCH (n:Event) USING INDEX n:Event(precision, earliest)
    WHERE n.precision = seek.precision AND n.earliest <= date($to) AND n.latest >= date($from)
      AND n.earliest >= date(seek.earliestFrom)
      AND (EXISTS { MATCH (x:Entity)-[:PARTICIPATED_IN]->(n) WHERE x IN entities }
        OR EXISTS { MATCH (n)-[:LOCATED_IN]->(x:Entity) WHERE x IN entities }
        OR EXISTS { MATCH (x:Entity)-[:SAID|CLAIMED]->()-[:AT]->(n) WHERE x IN entities }
        OR EXISTS { MATCH (n)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity) WHERE x IN entities AND any(p IN m.starts WHERE p >= s.start AND p < s.end) })
    RETURN n, null AS r, 'EVENT' AS kind
    UNION
    UNWIND $seeks AS seek
    MATCH (n:Report) USING INDEX n:Report(precision, earliest)
    WHERE n.precision = seek.precision AND n.earliest <= date($to) AND n.latest >= date($from)
      AND n.earliest >= date(seek.earliestFrom)
      AND (EXISTS { MATCH (x:Entity)-[:PUBLISHED]->(n) WHERE x IN entities }
        OR EXISTS { MATCH (n)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(x:Entity) WHERE x IN entities AND any(p IN m.starts WHERE p >= s.start AND p < s.end) })
    RETURN n, null AS r, 'REPORT' AS kind
    UNION
    UNWIND entities AS e
    MATCH (e)-[r:HELD_ROLE]-(:Entity)
    WHERE r.earliest <= date($to) AND r.latest >= date($from)
    RETURN null AS n, r, 'ROLE_CHANGE' AS kind
    UNION
    // undated items are found entity-first: no index orders what has no date
    WITH entities WHERE $withUndated
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
    WITH DISTINCT n, r, kind WHERE coalesce(n, r).earliest IS NULL
    RETURN n, r, kind
  }
  WITH n, r, kind, coalesce(n, r) AS el
  WHERE el IS NOT NULL
    AND (coalesce($includeRetracted, false) OR NOT coalesce(el.retracted, false))
    AND ($kinds IS NULL OR kind IN $kinds)
    AND ($asOf IS NULL OR el.knownSince <= date($asOf))
  WITH DISTINCT n, r, kind, el,
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
