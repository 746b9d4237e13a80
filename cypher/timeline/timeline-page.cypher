// Purpose: one page of the timeline of one or more entities within a date range (open ends: 0001-01-01, 9999-12-31):
//   quotes they said, claims by or about them, reports they published, events they took part in, that were located
//   at them or where they spoke, any fact whose evidence span names them (all read from the per-entity timeline
//   entries, ON_TIMELINE, kept by timeline/refresh-timeline-entries), and HELD_ROLE relations (sought by their
//   fromId/toId, precision and earliest day). Dated items are sorted (earliest, then the longer span first, then
//   id) and paged by key; undated items (year unknown) are returned separately, found entity-first. A role
//   without an end (latest null: EDTF 2025-01-21/..) overlaps every window after its start.
//   Per entity and date precision, one index seek reads the entries in key order from the window
//   start (bounded by that precision's longest span) and the page stops after first + 1; the total
//   counts the entries in the window.
// Params: $entityIds: List<String> (an id merged away by mergeEntities counts as the entity it went into);
//   $from: String (YYYY-MM-DD, required: pass 0001-01-01 for open);
//   $to: String (required: pass 9999-12-31 for open); $kinds: List<String>|null
//   (QUOTE, CLAIM, EVENT, REPORT, ROLE_CHANGE); $asOf: String|null; $afterKey: String|null (sort key of the last
//   item seen); $first: Int (page size + 1 is fetched); $withUndated: Boolean;
//   $includeRetracted: Boolean|null (retracted facts are left out unless true); $textDatedOnly: Boolean|null (leave
//   out quotes and claims placed at their article's publication, basis 'publication');
//   $seeks: List<Map {precision, earliestFrom}> - one index seek per date precision (src/queries/window-seeks.ts);
//   $withRelated: Boolean (also return what the items point at: their quotes' events and the entities they name)
// Returns: found (the given ids that name an entity, directly or merged into another), total (dated items
//   over all pages), items (List<Map>: the fact projection plus key and section 'page' | 'undated' | 'related'
//   (an event a listed quote was said at); its dates are ISO strings made here, which spares the driver decoding
//   hundreds of Date values per page), relatedEntities (List<Map {asked, id, name, kind, aliases, wikidataId}>, empty
//   unless $withRelated) - exactly one row
// Excerpts are read as stored with each span (SOURCED_FROM.excerpt, a relation's excerpts), never cut from the
//   document's text per row: that loaded a 3 MB text once per source and ran out of memory (issue 17)
// Row: { found: string[]; total: number; items: FactRow[]; relatedEntities: EntityRow[] }
// Mode: read
UNWIND $entityIds AS asked
OPTIONAL MATCH (redirect:EntityRedirect {id: asked})
OPTIONAL MATCH (e:Entity {id: coalesce(redirect.to, asked)})
WITH collect(CASE WHEN e IS NOT NULL THEN asked END) AS found, collect(DISTINCT e) AS entities
// every subquery below aggregates without grouping keys, so it gives exactly one row even when nothing is left
// (nothing known as of $asOf, nothing in the range): `found` survives and a known entity with an empty answer is
// not mistaken for a missing one
CALL (entities) {
  UNWIND entities AS e
  UNWIND $seeks AS seek
  CALL (e, seek) {
    MATCH ()-[t:ON_TIMELINE]->(n) USING INDEX t:ON_TIMELINE(entity, precision, key, latest, retracted)
    WHERE t.entity = e.id AND t.precision = seek.precision AND t.key >= seek.earliestFrom AND t.key < $to + '}'
      AND t.latest >= date($from)
      AND ($kinds IS NULL OR t.kind IN $kinds)
      // [false] or [false, true]: an IN predicate lets the index hint cover `retracted`, so its
      // value comes from the index
      AND t.retracted IN [false, coalesce($includeRetracted, false)]
      AND ($asOf IS NULL OR n.knownSince <= date($asOf))
      // a quote or claim placed at its article's publication is not dated by its text (decision 0005)
      AND (NOT coalesce($textDatedOnly, false) OR coalesce(n.basis, 'text') <> 'publication')
    RETURN n
  }
  RETURN count(DISTINCT n) AS factTotal
}
CALL (entities) {
  CALL (entities) {
    UNWIND entities AS e
    UNWIND $seeks AS seek
    CALL (e, seek) {
      MATCH ()-[t:ON_TIMELINE]->(n) USING INDEX t:ON_TIMELINE(entity, precision, key, latest, retracted)
      WHERE t.entity = e.id AND t.precision = seek.precision AND t.key >= seek.earliestFrom AND t.key < $to + '}'
        AND t.key > coalesce($afterKey, '')
        AND t.latest >= date($from)
        AND ($kinds IS NULL OR t.kind IN $kinds)
        AND t.retracted IN [false, coalesce($includeRetracted, false)]
        AND ($asOf IS NULL OR n.knownSince <= date($asOf))
        AND (NOT coalesce($textDatedOnly, false) OR coalesce(n.basis, 'text') <> 'publication')
      WITH n, t ORDER BY t.entity, t.precision, t.key
      LIMIT toInteger(coalesce($first, 50)) + 1
      RETURN n, t.kind AS kind, t.key AS key
    }
    RETURN n, null AS r, kind, key
    UNION
    // role changes with the entity at either end: per date precision, one index seek from each end (fromId, toId)
    // from the window's start, as for the entries, rather than every role relation of a busy office holder
    WITH entities WHERE $kinds IS NULL OR 'ROLE_CHANGE' IN $kinds
    UNWIND entities AS e
    UNWIND $seeks AS seek
    CALL (e, seek) {
      MATCH ()-[r:HELD_ROLE]->() USING INDEX r:HELD_ROLE(fromId, precision, earliest)
      WHERE r.fromId = e.id AND r.precision = seek.precision
        AND r.earliest >= date(seek.earliestFrom) AND r.earliest <= date($to)
      RETURN r
      UNION
      MATCH ()-[r:HELD_ROLE]->() USING INDEX r:HELD_ROLE(toId, precision, earliest)
      WHERE r.toId = e.id AND r.precision = seek.precision
        AND r.earliest >= date(seek.earliestFrom) AND r.earliest <= date($to)
      RETURN r
    }
    WITH r WHERE coalesce(r.latest, date('9999-12-31')) >= date($from)
      AND (coalesce($includeRetracted, false) OR NOT coalesce(r.retracted, false))
      AND ($asOf IS NULL OR r.knownSince <= date($asOf))
    RETURN null AS n, r, 'ROLE_CHANGE' AS kind,
           toString(r.earliest) + '|'
           + right('0000000' + toString(
               duration.inDays(coalesce(r.latest, date('9999-12-31')), date('9999-12-31')).days), 7) + '|' + r.id AS key
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
               CASE WHEN n:Quote THEN 'QUOTE' WHEN n:Claim THEN 'CLAIM' WHEN n:Event THEN 'EVENT' ELSE 'REPORT' END
                 AS kind
        UNION
        MATCH (e)-[r:HELD_ROLE]-(:Entity) RETURN null AS n, r, 'ROLE_CHANGE' AS kind
      }
      WITH n, r, kind, coalesce(n, r) AS el
      WHERE el.earliest IS NULL
        AND (coalesce($includeRetracted, false) OR NOT coalesce(el.retracted, false))
        AND ($kinds IS NULL OR kind IN $kinds)
        AND ($asOf IS NULL OR el.knownSince <= date($asOf))
      RETURN n, r, kind, null AS key
  }
  WITH DISTINCT n, r, kind, key
  ORDER BY key
  RETURN collect({n: n, r: r, kind: kind, key: key}) AS candidates,
         count(CASE WHEN r IS NOT NULL AND key IS NOT NULL THEN 1 END) AS roleTotal
}
WITH found, entities, factTotal + roleTotal AS total, candidates
WITH found, entities, total,
     [x IN candidates WHERE x.key IS NOT NULL AND ($afterKey IS NULL OR x.key > $afterKey)]
       [0..toInteger(coalesce($first, 50)) + 1] AS page,
     [x IN candidates WHERE x.key IS NULL] AS undated
// with $withRelated, the events the listed quotes were said at come along (section 'related'), so the API's
// loaders have them without a second round trip
CALL (page, undated) {
  UNWIND CASE WHEN $withRelated THEN page + undated ELSE [] END AS x
  WITH x.n AS q WHERE q:Quote
  MATCH (q)-[:AT]->(ev:Event)
  WHERE $asOf IS NULL OR ev.knownSince <= date($asOf)
  RETURN collect(DISTINCT ev) AS relatedEvents
}
UNWIND ([x IN page | x {.*, section: 'page'}] + [x IN undated | x {.*, section: 'undated'}]
        + [ev IN relatedEvents | {n: ev, r: null, kind: 'EVENT', key: null, section: 'related'}] + [null]) AS x
WITH found, entities, total, x, x.n AS n, x.r AS r, coalesce(x.n, x.r) AS el
CALL (r) {
  UNWIND CASE WHEN r IS NULL THEN [] ELSE coalesce(r.evidence, []) END AS ev
  WITH split(ev, '|') AS p
  MATCH (d:Document {id: p[0]})
  WHERE $asOf IS NULL OR d.knownSince <= date($asOf)
  RETURN collect({start: toInteger(p[1]), end: toInteger(p[2]), extractor: p[3], confidence: toFloat(p[4]), cue: null,
                  excerpt: [x IN coalesce(r.excerpts, []) WHERE x STARTS WITH p[0] + '|' + p[1] + '|' + p[2] + '|' |
                            substring(x, size(p[0] + p[1] + p[2]) + 3)][0],
                  document: d {.id, .title, .url, .outlet, .lang, publishedAt: toString(d.publishedAt),
                               knownSince: toString(d.knownSince)}}) AS roleSources
}
WITH found, entities, total, CASE WHEN x IS NULL THEN null ELSE {
  section: x.section, key: x.key, kind: x.kind, id: el.id,
  edtf: el.edtf, earliest: toString(el.earliest), latest: toString(el.latest), precision: el.precision,
  basis: el.basis, knownSince: toString(el.knownSince), text: el.text, lang: el.lang,
  quoteKind: CASE WHEN n:Quote THEN el.kind END, name: el.name, type: el.type, cue: el.cue,
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
       document: d {.id, .title, .url, .outlet, .lang, publishedAt: toString(d.publishedAt),
                    knownSince: toString(d.knownSince)}}] END
} END AS item
WITH found, total, collect(item) AS items
// with $withRelated, the entities the items name (speaker, publisher, place, about, role holder and office)
CALL (items) {
  UNWIND CASE WHEN $withRelated THEN items ELSE [] END AS i
  UNWIND [i.speakerId, i.publisherId, i.placeId, i.personId, i.organizationId] + coalesce(i.aboutIds, []) AS id
  WITH DISTINCT id WHERE id IS NOT NULL
  MATCH (e:Entity {id: id})
  RETURN collect({asked: id, id: e.id, name: e.name, kind: e.kind, aliases: coalesce(e.aliases, []),
                  wikidataId: e.wikidataId}) AS relatedEntities
}
RETURN found, total, items, relatedEntities
