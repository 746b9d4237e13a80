// Purpose: quotes and claims with the renderings that could render the same statement (quote lineage,
//   docs/lineage.md): by the same speaker, or by none, first known within $windowDays days of them (at most
//   $limit of each; by anyone when a curator marked the rendering or the candidate misattributed); retracted
//   ones left out.
//   Also what curators judged about the rendering's words (split from or joined to other words), with the
//   renderings of the words it was joined to (by the speaker they had when joined), whenever they were said.
// Params: $ids: List<String> - quote or claim ids; $windowDays: Integer; $limit: Integer
// Returns: rendering, candidates, joined (each {id, wordsId, text, lang, reported, speakerId, disputed,
//   firstSeen}) and judgements ({a, b, aSpeaker, bSpeaker, judgement, kind}) - one row per id found
// Row: { rendering: LineageRendering; candidates: LineageRendering[]; joined: LineageRendering[];
//   judgements: LineageJudgementRow[] }
// Mode: read
UNWIND $ids AS id
CALL (id) {
  MATCH (r:Quote {id: id}) RETURN r
  UNION
  MATCH (r:Claim {id: id}) RETURN r
}
WITH r WHERE r.knownSince IS NOT NULL AND NOT coalesce(r.retracted, false)
OPTIONAL MATCH (s:Entity)-[:SAID|CLAIMED]->(r)
WITH r, s, duration({days: toInteger($windowDays)}) AS window,
  EXISTS { MATCH (:LineageMark {key: coalesce(r.wordsId, '') + '|' + coalesce(s.id, '')}) } AS disputed
WITH r, s, disputed, r.knownSince - window AS lo, r.knownSince + window AS hi
CALL (r, s, lo, hi, disputed) {
  // the speaker's renderings: through the speaker when they said little, else through the window's index
  // (a prolific speaker's thousands of quotes are not walked to find the few of one month)
  WITH r, s, lo, hi WHERE s IS NOT NULL AND COUNT { (s)-[:SAID|CLAIMED]->() } <= 400
  MATCH (s)-[:SAID|CLAIMED]->(c)
  WHERE c <> r AND c.knownSince >= lo AND c.knownSince <= hi AND NOT coalesce(c.retracted, false)
  RETURN c
  LIMIT toInteger($limit)
  UNION
  WITH r, s, lo, hi WHERE s IS NOT NULL AND COUNT { (s)-[:SAID|CLAIMED]->() } > 400
  MATCH (c:Quote)
  WHERE c.knownSince >= lo AND c.knownSince <= hi AND c <> r AND NOT coalesce(c.retracted, false)
    AND EXISTS { (s)-[:SAID]->(c) }
  RETURN c
  LIMIT toInteger($limit)
  UNION
  WITH r, s, lo, hi WHERE s IS NOT NULL AND COUNT { (s)-[:SAID|CLAIMED]->() } > 400
  MATCH (c:Claim)
  WHERE c.knownSince >= lo AND c.knownSince <= hi AND c <> r AND NOT coalesce(c.retracted, false)
    AND EXISTS { (s)-[:CLAIMED]->(c) }
  RETURN c
  LIMIT toInteger($limit)
  UNION
  MATCH (c:Quote)
  WHERE c.knownSince >= lo AND c.knownSince <= hi AND c <> r AND NOT coalesce(c.retracted, false)
    AND (disputed OR NOT EXISTS { (:Entity)-[:SAID]->(c) })
  RETURN c
  LIMIT toInteger($limit)
  UNION
  MATCH (c:Claim)
  WHERE c.knownSince >= lo AND c.knownSince <= hi AND c <> r AND NOT coalesce(c.retracted, false)
    AND (disputed OR NOT EXISTS { (:Entity)-[:CLAIMED]->(c) })
  RETURN c
  LIMIT toInteger($limit)
  UNION
  // renderings whose speaker a curator disputed meet every speaker's (marks are few: a curator's)
  MATCH (m:LineageMark)
  CALL (m) {
    MATCH (c:Quote {wordsId: m.wordsId}) RETURN c
    UNION
    MATCH (c:Claim {wordsId: m.wordsId}) RETURN c
  }
  WITH r, lo, hi, c
  WHERE c <> r AND c.knownSince >= lo AND c.knownSince <= hi AND NOT coalesce(c.retracted, false)
  RETURN c
  LIMIT toInteger($limit)
}
WITH r, s, disputed, collect(DISTINCT c) AS cs
// judgements are about words as said by a speaker: the rendering's words, by its speaker
CALL (r, s) {
  OPTIONAL MATCH (j:LineageJudgement)
  WHERE r.wordsId IS NOT NULL AND (j.a = r.wordsId OR j.b = r.wordsId)
    AND coalesce(CASE WHEN j.a = r.wordsId THEN j.aSpeaker ELSE j.bSpeaker END, '') = coalesce(s.id, '')
  RETURN collect(j) AS js
}
CALL (r, js) {
  // the other side of each join: its words, said by the speaker they had when joined
  UNWIND [j IN js WHERE j.judgement = 'join' |
    CASE WHEN j.a = r.wordsId THEN {words: j.b, speaker: j.bSpeaker} ELSE {words: j.a, speaker: j.aSpeaker} END]
    AS other
  CALL (other) {
    MATCH (o:Quote {wordsId: other.words}) RETURN o
    UNION
    MATCH (o:Claim {wordsId: other.words}) RETURN o
  }
  WITH r, o, other WHERE o <> r AND o.knownSince IS NOT NULL AND NOT coalesce(o.retracted, false)
    AND coalesce(COLLECT { MATCH (x:Entity)-[:SAID|CLAIMED]->(o) RETURN x.id LIMIT 1 }[0], '') =
      coalesce(other.speaker, '')
  RETURN collect(DISTINCT o) AS os
}
CALL (cs, os) {
  UNWIND [c IN cs | {c: c, joined: false}] + [o IN os | {c: o, joined: true}] AS each
  WITH each.c AS c, each.joined AS joined
  OPTIONAL MATCH (x:Entity)-[:SAID|CLAIMED]->(c)
  WITH c, joined, head(collect(x.id)) AS speakerId
  WITH joined, {id: c.id, wordsId: c.wordsId, text: c.text, lang: coalesce(c.lang, ''), reported: c:Claim,
    speakerId: speakerId, firstSeen: toString(c.knownSince),
    disputed: EXISTS { MATCH (:LineageMark {key: coalesce(c.wordsId, '') + '|' + coalesce(speakerId, '')}) }}
    AS rendering
  RETURN [x IN collect({joined: joined, rendering: rendering}) WHERE NOT x.joined | x.rendering] AS candidates,
    [x IN collect({joined: joined, rendering: rendering}) WHERE x.joined | x.rendering] AS joined
}
RETURN {id: r.id, wordsId: r.wordsId, text: r.text, lang: coalesce(r.lang, ''), reported: r:Claim, speakerId: s.id,
    disputed: disputed, firstSeen: toString(r.knownSince)} AS rendering,
  candidates, joined, [j IN js | {a: j.a, b: j.b, aSpeaker: j.aSpeaker, bSpeaker: j.bSpeaker, judgement: j.judgement,
    kind: j.kind}] AS judgements
