// Purpose: entities named in the same documents as one entity, most shared documents first; from/to
//   filter on the documents' publication dates (undated documents only when neither is given)
// Params: $entityId: String; $from: String|null; $to: String|null; $asOf: String|null; $first: Int
// Returns: entityId, count, firstSeen, lastSeen, documents (List<Map>) - at most $first rows
// Row: { entityId: string; count: number; firstSeen: string | null; lastSeen: string | null;
//   documents: DocumentModel[] }
// Mode: read
MATCH (e:Entity {id: $entityId})<-[:MENTIONS]-(d:Document)-[:MENTIONS]->(o:Entity)
WHERE o <> e
  AND (($from IS NULL AND $to IS NULL) OR (d.publishedAt IS NOT NULL
       AND ($from IS NULL OR d.publishedAt >= date($from)) AND ($to IS NULL OR d.publishedAt <= date($to))))
  AND ($asOf IS NULL OR d.knownSince <= date($asOf))
WITH o, d ORDER BY d.knownSince, d.id
WITH o, collect(d {.id, .title, .url, .outlet, .lang, .publishedAt, .knownSince}) AS documents,
     min(d.publishedAt) AS firstSeen, max(d.publishedAt) AS lastSeen
RETURN o.id AS entityId, size(documents) AS count, firstSeen, lastSeen, documents
ORDER BY count DESC, entityId
LIMIT toInteger(coalesce($first, 20))
