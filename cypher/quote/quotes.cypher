// Purpose: quotes matching a filter, scanning all quotes (no speaker given), ordered by when they were
//   said (earliest, longer span first, undated last), then id; paged by sort key
// Params: $aboutId: String|null (named in the quote's evidence span); $from, $to:
//   String|null (YYYY-MM-DD, span overlap; dated quotes only when either is given); $text: String|null
//   (case-insensitive substring); $lang: String|null; $outletId: String|null (in the outlet's articles or
//   reports); $asOf: String|null; $afterKey: String|null; $first: Int;
//   $includeRetracted: Boolean|null (retracted quotes are left out unless true); $textDatedOnly: Boolean|null (only
//   quotes their text or event dates, not those placed at their article's publication); $minConfidence: Float|null,
//   $methods: List<String>|null (some source attributes the quote with at least that confidence, by one of those
//   sieve stages: verb-after-quote, ...);
//   $withRelated: Boolean (also return the entities the quotes name). Entity ids merged away by mergeEntities
//   filter as the entity they went into (resolved here, not by a separate lookup)
// Returns: total, relatedEntities (List<Map {asked, id, name, kind, aliases, wikidataId}>, empty unless $withRelated),
//   items (List<Map>: the fact projection plus key) - exactly one row
// Excerpts are read as stored with each span (SOURCED_FROM.excerpt, a relation's excerpts), never cut from the
//   document's text per row: that loaded a 3 MB text once per source and ran out of memory (issue 17)
// Row: { total: number; items: FactRow[]; relatedEntities: EntityRow[] }
// Mode: read
// an id merged away by mergeEntities stands for the entity it went into
OPTIONAL MATCH (ra:EntityRedirect {id: $aboutId})
OPTIONAL MATCH (ro:EntityRedirect {id: $outletId})
WITH coalesce(ra.to, $aboutId) AS aboutId, coalesce(ro.to, $outletId) AS outletId
OPTIONAL MATCH (outlet:Entity {id: outletId})
WITH aboutId, outletId, outlet
MATCH (n:Quote)
WHERE (aboutId IS NULL OR EXISTS {
         MATCH (n)-[s:SOURCED_FROM]->(:Document)-[m:MENTIONS]->(:Entity {id: aboutId})
         WHERE any(p IN m.starts WHERE p >= s.start AND p < s.end) })
  AND (($from IS NULL AND $to IS NULL) OR (n.earliest IS NOT NULL
       AND ($from IS NULL OR n.latest >= date($from)) AND ($to IS NULL OR n.earliest <= date($to))))
  // a quote placed at its article's publication (basis 'publication') is not dated by its text; a time stored
  // before bases existed came from the text
  AND (NOT coalesce($textDatedOnly, false) OR (n.edtf IS NOT NULL AND coalesce(n.basis, 'text') <> 'publication'))
  AND (($minConfidence IS NULL AND $methods IS NULL) OR EXISTS {
         MATCH (n)-[s:SOURCED_FROM]->(d:Document)
         WHERE ($minConfidence IS NULL OR s.confidence >= $minConfidence)
           AND ($methods IS NULL OR s.method IN $methods)
           AND ($asOf IS NULL OR d.knownSince <= date($asOf)) })
  AND ($text IS NULL OR toLower(n.text) CONTAINS toLower($text))
  AND ($lang IS NULL OR n.lang = $lang)
  AND ($asOf IS NULL OR n.knownSince <= date($asOf))
  AND (coalesce($includeRetracted, false) OR NOT coalesce(n.retracted, false))
  AND (outletId IS NULL OR EXISTS {
         MATCH (n)-[:SOURCED_FROM]->(d:Document)
         WHERE (d.outlet = outlet.name OR d.outlet IN outlet.aliases)
           AND ($asOf IS NULL OR d.knownSince <= date($asOf)) }
       OR EXISTS { MATCH (outlet)-[:PUBLISHED]->(rep:Report)-[:REPORTS_ON]->(n)
                   WHERE $asOf IS NULL OR rep.knownSince <= date($asOf) })
WITH n, CASE WHEN n.earliest IS NULL THEN '~|' + n.id
             ELSE toString(n.earliest) + '|'
                  + right('0000000' + toString(duration.inDays(n.latest, date('9999-12-31')).days), 7) + '|' + n.id
        END AS key
ORDER BY key
WITH collect({n: n, r: null, kind: 'QUOTE', key: key}) AS candidates
WITH size(candidates) AS total,
     [x IN candidates WHERE $afterKey IS NULL OR x.key > $afterKey][0..toInteger(coalesce($first, 20)) + 1] AS page
UNWIND [x IN page | x {.*, section: 'page'}] + [null] AS x
WITH total, x, x.n AS n, null AS r, x.n AS el
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
WITH total, CASE WHEN x IS NULL THEN null ELSE {
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
WITH total, collect(item) AS items
// with $withRelated, the entities the quotes name (speaker), for the API's loaders
CALL (items) {
  UNWIND CASE WHEN $withRelated THEN items ELSE [] END AS i
  UNWIND [i.speakerId, i.publisherId, i.placeId, i.personId, i.organizationId] + coalesce(i.aboutIds, []) AS id
  WITH DISTINCT id WHERE id IS NOT NULL
  MATCH (e:Entity {id: id})
  RETURN collect({asked: id, id: e.id, name: e.name, kind: e.kind, aliases: coalesce(e.aliases, []),
                  wikidataId: e.wikidataId}) AS relatedEntities
}
RETURN total, items, relatedEntities
