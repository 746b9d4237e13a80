// Purpose: records a curator's correction of a quote or claim: who said it ($setSpeaker: $speakerId, or
//   null for no named speaker) and when ($setTime: EDTF and bounds); kept apart from the fact, so every
//   later write of the fact (a new version of its article, re-extraction) applies it again
//   (ingest/apply-corrections)
// Params: $id: String - the fact; $setSpeaker: Boolean; $speakerId: String|null; $setTime: Boolean;
//   $edtf: String|null; $earliest: String|null; $latest: String|null; $precision: String|null; $who: String
// Returns: id - zero or one row (none when there is no such quote or claim)
// Row: { id: string }
// Mode: write
CALL () {
  MATCH (q:Quote {id: $id}) RETURN q AS f
  UNION
  MATCH (cl:Claim {id: $id}) RETURN cl AS f
}
MERGE (c:Correction {factId: $id})
SET c.speakerSet = coalesce(c.speakerSet, false) OR $setSpeaker,
    c.speakerId = CASE WHEN $setSpeaker THEN $speakerId ELSE c.speakerId END,
    c.edtf = CASE WHEN $setTime THEN $edtf ELSE c.edtf END,
    c.earliest = CASE WHEN $setTime THEN $earliest ELSE c.earliest END,
    c.latest = CASE WHEN $setTime THEN $latest ELSE c.latest END,
    c.precision = CASE WHEN $setTime THEN $precision ELSE c.precision END,
    // what finds the correction again when a later extractor names another speaker (the fact's id
    // changes with its speaker): the words, in the documents that carried them
    c.textId = f.textId,
    c.docIds = [(f)-[:SOURCED_FROM]->(d:Document) | d.id],
    c.by = $who,
    c.at = datetime()
RETURN f.id AS id
