// Purpose: what a cluster shows of its renderings beyond their facts: the outlets each rendering's documents
//   name as their source for it ("nach Angaben von Reuters", "told AP", an agency credit: reports about it in
//   the same document), and a curator's mark that its speaker is disputed
// Params: $ids: List<String> - quote or claim ids
// Returns: id, citations ({outletId, outletName, outletAliases, documentId, cue}), mark ({reason, by, at} or
//   null) - one row per id found
// Row: { id: string; citations: LineageCitationRow[]; mark: LineageMarkRow | null }
// Mode: read
UNWIND $ids AS id
CALL (id) {
  MATCH (f:Quote {id: id}) RETURN f
  UNION
  MATCH (f:Claim {id: id}) RETURN f
}
OPTIONAL MATCH (s:Entity)-[:SAID|CLAIMED]->(f)
WITH f, head(collect(s.id)) AS speakerId
CALL (f) {
  MATCH (f)-[:SOURCED_FROM]->(d:Document)<-[c:SOURCED_FROM]-(r:Report)-[:REPORTS_ON]->(f)
  WHERE NOT coalesce(r.retracted, false)
  MATCH (o:Entity)-[:PUBLISHED]->(r)
  RETURN collect(DISTINCT {outletId: o.id, outletName: o.name, outletAliases: coalesce(o.aliases, []),
    documentId: d.id, cue: coalesce(c.cue, r.cue, '')}) AS citations
}
OPTIONAL MATCH (m:LineageMark {key: coalesce(f.wordsId, '') + '|' + coalesce(speakerId, '')})
RETURN f.id AS id, citations,
  CASE WHEN m IS NULL THEN null ELSE {reason: m.reason, by: m.by, at: toString(m.at)} END AS mark
