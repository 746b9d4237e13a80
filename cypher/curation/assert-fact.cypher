// Purpose: records a curated, dated relation between two entities with one supporting document, in the same
//   shape the loader writes (id, fromId/toId, sourceDocs, evidence, excerpts,
//   edtf/earliest/latest/precision, knownSince)
// Params: $id: String (fact:...); $type: String (allow-listed relationship type); $from: String; $to: String;
//   $properties: Map; $edtf: String; $earliest: String; $latest: String; $precision: String;
//   $docId: String; $evidence: String; $excerpt: String|null ("docId|start|end|text" of the
//   evidence span; null when the curator gave no span)
// Returns: id - zero or one row (none when an entity or the document is missing)
// Row: { id: string }
// Mode: write
MATCH (a:Entity {id: $from}), (b:Entity {id: $to}), (d:Document {id: $docId})
MERGE (a)-[r:$($type) {id: $id}]->(b)
ON CREATE SET r += $properties, r.sourceDocs = [], r.evidence = [], r.excerpts = [], r.edtf = $edtf,
              r.earliest = date($earliest), r.latest = date($latest), r.precision = $precision
SET r.fromId = a.id, r.toId = b.id,
    r.evidence = [x IN r.evidence WHERE x <> $evidence] + $evidence,
    r.excerpts = [x IN coalesce(r.excerpts, []) WHERE $excerpt IS NULL OR x <> $excerpt]
                 + CASE WHEN $excerpt IS NULL THEN [] ELSE [$excerpt] END,
    r.sourceDocs = CASE WHEN $docId IN r.sourceDocs THEN r.sourceDocs ELSE r.sourceDocs + $docId END,
    r.knownSince = CASE WHEN r.knownSince IS NULL OR d.knownSince < r.knownSince THEN d.knownSince ELSE r.knownSince END
RETURN r.id AS id
