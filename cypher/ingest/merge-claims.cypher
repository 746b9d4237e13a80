// Purpose: merges reported speech (Claims) of a document with speaker, cue, quantities, time and source span
// Params: $docId: String; $extractor: String; $claims: List<Map> - {id, text, lang, speakerId (or null),
//   speakerDescription, cue, quantities: List<String>, edtf, earliest, latest, precision, start, end, confidence}
// Returns: claims - one row
// Mode: write
MATCH (d:Document {id: $docId})
UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.text = row.text, c.lang = row.lang,
              c.textDe = CASE WHEN row.lang = 'de' THEN row.text END,
              c.textEn = CASE WHEN row.lang = 'en' THEN row.text END,
              c.quantities = row.quantities
SET c.speakerDescription = coalesce(c.speakerDescription, row.speakerDescription),
    c.edtf = coalesce(c.edtf, row.edtf),
    c.earliest = coalesce(c.earliest, date(row.earliest)),
    c.latest = coalesce(c.latest, date(row.latest)),
    c.precision = coalesce(c.precision, row.precision)
MERGE (c)-[s:SOURCED_FROM]->(d)
SET s.start = toInteger(row.start), s.end = toInteger(row.end), s.cue = row.cue, s.extractor = $extractor, s.confidence = row.confidence
WITH c, row
CALL {
  WITH c, row
  WITH c, row WHERE row.speakerId IS NOT NULL
  MATCH (p:Entity {id: row.speakerId})
  MERGE (p)-[r:CLAIMED]->(c)
  SET r.edtf = c.edtf, r.earliest = c.earliest, r.latest = c.latest, r.precision = c.precision
}
RETURN count(c) AS claims
