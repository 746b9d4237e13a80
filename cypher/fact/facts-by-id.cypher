// Purpose: facts by id (Quote, Claim, Event, Report, and HELD_ROLE relations as role changes) with the
//   same projection as the timeline, for node(id) and the per-request loaders
//   A retracted fact is returned too (it is asked for by id), marked with its retraction.
// Params: $ids: List<String>; $asOf: String|null (facts known later are left out, sources published later too)
// Returns: item (Map: kind, id, time, properties, speakerId, eventId, publisherId, placeId, aboutIds,
//   personId, organizationId, sources) - one row per id found
// Excerpts are read as stored with each span (SOURCED_FROM.excerpt, a relation's excerpts), never cut from the
//   document's text per row: that loaded a 3 MB text once per source and ran out of memory (issue 17)
// Row: { item: FactRow }
// Mode: read
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Quote {id: id}) RETURN n, null AS r, 'QUOTE' AS kind
  UNION
  MATCH (n:Claim {id: id}) RETURN n, null AS r, 'CLAIM' AS kind
  UNION
  MATCH (n:Event {id: id}) RETURN n, null AS r, 'EVENT' AS kind
  UNION
  MATCH (n:Report {id: id}) RETURN n, null AS r, 'REPORT' AS kind
  UNION
  MATCH (:Entity)-[r:HELD_ROLE {id: id}]->(:Entity) RETURN null AS n, r, 'ROLE_CHANGE' AS kind
}
WITH n, r, kind, coalesce(n, r) AS el
WHERE $asOf IS NULL OR el.knownSince <= date($asOf)
WITH n, r, el, {n: n, r: r, kind: kind, key: null, section: null} AS x
CALL (r) {
  UNWIND CASE WHEN r IS NULL THEN [] ELSE coalesce(r.evidence, []) END AS ev
  WITH split(ev, '|') AS p
  MATCH (d:Document {id: p[0]})
  WHERE $asOf IS NULL OR d.knownSince <= date($asOf)
  RETURN collect({start: toInteger(p[1]), end: toInteger(p[2]), extractor: p[3], confidence: toFloat(p[4]), cue: null,
                  excerpt: [x IN coalesce(r.excerpts, []) WHERE x STARTS WITH p[0] + '|' + p[1] + '|' + p[2] + '|' |
                            substring(x, size(p[0] + p[1] + p[2]) + 3)][0],
                  document: d {.id, .title, .url, .outlet, .lang, .publishedAt, .knownSince}}) AS roleSources
}
WITH CASE WHEN x IS NULL THEN null ELSE {
  section: x.section, key: x.key, kind: x.kind, id: el.id,
  edtf: el.edtf, earliest: el.earliest, latest: el.latest, precision: el.precision, basis: el.basis,
  knownSince: el.knownSince, text: el.text, lang: el.lang, quoteKind: CASE WHEN n:Quote THEN el.kind END,
  name: el.name, type: el.type, cue: el.cue,
  quantities: el.quantities, speakerDescription: el.speakerDescription, role: el.role,
  unattributedReason: el.unattributedReason,
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
      {start: s.start, end: s.end, confidence: s.confidence, method: s.method, extractor: s.extractor, cue: s.cue,
       excerpt: s.excerpt,
       document: d {.id, .title, .url, .outlet, .lang, .publishedAt, .knownSince}}] END
} END AS item
RETURN item
