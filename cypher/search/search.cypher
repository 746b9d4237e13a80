// Purpose: full-text search over entity names and aliases (accents folded) and over the words of quotes
//   and claims (German and English stemming), best first
// Params: $lucene: String - a Lucene query built from the user's words with every special character
//   escaped; $kinds: List<String>|null - entity kinds to keep (statements are searched only when null);
//   $first: Int; $includeRetracted: Boolean|null (retracted quotes and claims are left out unless true)
// Returns: id, what (ENTITY, QUOTE or CLAIM), score, snippet - at most $first rows
// Mode: read
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score
  WHERE $kinds IS NULL OR node.kind IN $kinds
  RETURN node.id AS id, 'ENTITY' AS what, score, node.name AS snippet
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text_de', $lucene) YIELD node, score
  WHERE $kinds IS NULL AND (coalesce($includeRetracted, false) OR NOT coalesce(node.retracted, false))
  RETURN node.id AS id, CASE WHEN node:Quote THEN 'QUOTE' ELSE 'CLAIM' END AS what, score, node.text AS snippet
  UNION ALL
  CALL db.index.fulltext.queryNodes('statement_text_en', $lucene) YIELD node, score
  WHERE $kinds IS NULL AND (coalesce($includeRetracted, false) OR NOT coalesce(node.retracted, false))
  RETURN node.id AS id, CASE WHEN node:Quote THEN 'QUOTE' ELSE 'CLAIM' END AS what, score, node.text AS snippet
}
RETURN id, what, score, snippet
ORDER BY score DESC, id
LIMIT toInteger(coalesce($first, 10))
