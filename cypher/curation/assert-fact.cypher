// Purpose: records a curated, dated relation between two entities with one supporting document, in the same
//   shape the loader writes (id, fromId/toId, sourceDocs, evidence, edtf/earliest/latest/precision, knownSince)
// Params: $id: String (fact:...); $type: String (allow-listed relationship type); $from: String; $to: String;
//   $properties: Map; $edtf: String; $earliest: String; $latest: String; $precision: String; $docId: String; $evidence: String
// Returns: id - zero or one row (none when an entity or the document is missing)
// Mode: write
MATCH (a:Entity {id: $from}), (b:Entity {id: $to}), (d:Document {id: $docId})
MERGE (a)-[r:$($type) {id: $id}]->(b)
ON CREATE SET r += $properties, r.sourceDocs = [], r.evidence = [], r.edtf = $edtf, r.earliest = date($earliest),
              r.latest = date($latest), r.precision = $precision
SET r.fromId = a.id, r.toId = b.id,
    r.evidence = [x IN r.evidence WHERE x <> $evidence] + $evidence,
    r.sourceDocs = CASE WHEN $docId IN r.sourceDocs THEN r.sourceDocs ELSE r.sourceDocs + $docId END,
    r.knownSince = CASE WHEN r.knownSince IS NULL OR d.knownSince < r.knownSince THEN d.knownSince ELSE r.knownSince END
RETURN r.id AS id
