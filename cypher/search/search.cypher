// Purpose: full-text search over entity names and aliases (accents folded), over the words of quotes
//   and claims (German and English stemming) and over the title and text of documents stored without
//   extraction (no rules for their language; accents folded): the best $first hits, ranked, each with what
//   the API answers for it, in one round trip
// Params: $lucene: String - a Lucene query built from the user's words with every special character
//   escaped; $kinds: List<String>|null - entity kinds to keep (statements and documents are searched
//   only when null); $limit: Integer|null - each index's N best hits are read (null: all of them);
//   $first: Integer - hits in the answer; $includeRetracted: Boolean|null (retracted quotes and claims are
//   left out unless true); $withRelated: Boolean (also return the entities the quotes and claims name)
// Returns: again (true when a hit past $limit could belong in the answer: then nothing else is read and the
//   caller asks again with $limit null), hits (List<Map {id, what, score, snippet, entity, item, document}>:
//   best first; among equal scores entity names before German before English statements before documents,
//   and within an index in its own order; entity is the entities-by-id row of an ENTITY hit, item the fact
//   projection of a QUOTE or CLAIM (as fact/facts-by-id with $asOf null), document the fields of a DOCUMENT
//   without its text), relatedEntities (List<Map {asked, id, name, kind, aliases, wikidataId}>, empty
//   unless $withRelated) - exactly one row
// Row: { again: boolean; hits: SearchHit[]; relatedEntities: EntityRow[] }
// Mode: read
WITH CASE WHEN $limit IS NULL THEN {} ELSE {limit: $limit} END AS options
CALL (options) {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 0 AS part, size(found) AS read, floor,
         [h IN found WHERE $kinds IS NULL OR h.node.kind IN $kinds
                 | {node: h.node, what: 'ENTITY', score: h.score, snippet: h.node.name}] AS kept
  UNION ALL
  // statements are searched only when no entity kind is asked for
  WITH options WHERE $kinds IS NULL
  CALL db.index.fulltext.queryNodes('statement_text_de', $lucene, options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 1 AS part, size(found) AS read, floor,
         [h IN found WHERE (coalesce($includeRetracted, false) OR NOT coalesce(h.node.retracted, false))
                 | {node: h.node, what: CASE WHEN h.node:Quote THEN 'QUOTE' ELSE 'CLAIM' END, score: h.score,
                    snippet: h.node.text}] AS kept
  UNION ALL
  // statements are searched only when no entity kind is asked for
  WITH options WHERE $kinds IS NULL
  CALL db.index.fulltext.queryNodes('statement_text_en', $lucene, options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 2 AS part, size(found) AS read, floor,
         [h IN found WHERE (coalesce($includeRetracted, false) OR NOT coalesce(h.node.retracted, false))
                 | {node: h.node, what: CASE WHEN h.node:Quote THEN 'QUOTE' ELSE 'CLAIM' END, score: h.score,
                    snippet: h.node.text}] AS kept
  UNION ALL
  // documents are searched only when no entity kind is asked for; a withdrawn one keeps the label, not Document
  WITH options WHERE $kinds IS NULL
  CALL db.index.fulltext.queryNodes('document_text_not_extracted', $lucene, options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 3 AS part, size(found) AS read, floor,
         [h IN found WHERE h.node:Document
                 | {node: h.node, what: 'DOCUMENT', score: h.score,
                    snippet: coalesce(h.node.title + ': ', '') + left(h.node.text, 200)}] AS kept
}
WITH collect({part: part, read: read, floor: floor}) AS parts, collect({part: part, kept: kept}) AS keptByPart
// the answer: best first, equal scores by index, then in the index's own order
CALL (keptByPart) {
  UNWIND keptByPart AS p
  UNWIND range(0, size(p.kept) - 1) AS rank
  WITH p.part AS part, rank, p.kept[rank] AS h
  ORDER BY h.score DESC, part, rank
  RETURN collect(h {.*, part: part})[0..$first] AS answer
}
WITH parts, answer, answer[size(answer) - 1].score AS last
// a truncated index (it gave all $limit hits asked) hides hits scoring at most its floor: they could belong in
// the answer when the answer is short, when the floor is above the answer's last score, or at that score when
// they would rank before a hit of a later index
WITH answer, $limit IS NOT NULL AND any(p IN parts WHERE p.read >= $limit AND (
       size(answer) < $first OR p.floor IS NULL OR p.floor > last
       OR (p.floor = last AND any(r IN answer WHERE r.score = last AND r.part > p.part)))) AS again
CALL (answer, again) {
  UNWIND CASE WHEN again THEN [] ELSE answer END AS h
  WITH h, h.node AS n
  RETURN collect({
    id: n.id, what: h.what, score: h.score, snippet: h.snippet,
    entity: CASE WHEN h.what = 'ENTITY' THEN {asked: n.id, id: n.id, name: n.name, kind: n.kind,
                                               aliases: coalesce(n.aliases, []), wikidataId: n.wikidataId} END,
    document: CASE WHEN h.what = 'DOCUMENT' THEN n {.id, .title, .url, .outlet, .lang, .publishedAt, .knownSince,
                                                     .notExtractedReason} END,
    // fact/facts-by-id's projection of a quote or claim, with nothing "as of" (an event's id only of a quote,
    // what it is about only of a claim: the API reads no more of them)
    item: CASE WHEN h.what IN ['QUOTE', 'CLAIM'] THEN {
      section: null, key: null, kind: h.what, id: n.id,
      edtf: n.edtf, earliest: n.earliest, latest: n.latest, precision: n.precision, basis: n.basis,
      knownSince: n.knownSince, text: n.text, lang: n.lang, quoteKind: CASE WHEN n:Quote THEN n.kind END,
      name: n.name, type: n.type, cue: n.cue,
      quantities: n.quantities, speakerDescription: n.speakerDescription, role: n.role,
      unattributedReason: n.unattributedReason,
      retracted: coalesce(n.retracted, false), retractedReason: n.retractedReason, retractedBy: n.retractedBy,
      retractedAt: toString(n.retractedAt),
      speakerId: head([(p:Entity)-[:SAID|CLAIMED]->(n) | p.id]),
      eventId: CASE WHEN n:Quote THEN head([(n)-[:AT]->(ev:Event) | ev.id]) END,
      aboutIds: CASE WHEN n:Claim THEN [(n)-[:ABOUT]->(a:Entity) | a.id] ELSE [] END,
      // what only events, reports and role changes have (the API does not read it of a quote or claim)
      publisherId: null, placeId: null, personId: null, organizationId: null,
      sources: [(n)-[s:SOURCED_FROM]->(d:Document) |
        {start: s.start, end: s.end, confidence: s.confidence, method: s.method, extractor: s.extractor, cue: s.cue,
         excerpt: s.excerpt,
         document: d {.id, .title, .url, .outlet, .lang, .publishedAt, .knownSince}}]
    } END
  }) AS hits
}
// with $withRelated, the entities the quotes and claims name (speaker, about), for the API's loaders
CALL (hits) {
  UNWIND CASE WHEN $withRelated THEN hits ELSE [] END AS h
  UNWIND CASE WHEN h.item IS NULL THEN [] ELSE [h.item.speakerId] + h.item.aboutIds END AS id
  WITH DISTINCT id WHERE id IS NOT NULL
  MATCH (e:Entity {id: id})
  RETURN collect({asked: id, id: e.id, name: e.name, kind: e.kind, aliases: coalesce(e.aliases, []),
                  wikidataId: e.wikidataId}) AS relatedEntities
}
RETURN again, hits, relatedEntities
