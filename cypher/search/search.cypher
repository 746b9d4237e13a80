// Purpose: full-text search over entity names and aliases (accents folded), over the words of quotes
//   and claims (German and English stemming) and over the title and text of documents stored without
//   extraction (no rules for their language; accents folded): each index's best hits, in the index's order
// Params: $lucene: String - a Lucene query built from the user's words with every special character
//   escaped; $kinds: List<String>|null - entity kinds to keep (statements and documents are searched
//   only when null); $options: Map - the index options: {limit: N} reads each index's N best hits, {}
//   all of them; $includeRetracted: Boolean|null (retracted quotes and claims are left out unless true)
// Returns: part (0 entity names, 1 German, 2 English, 3 documents not extracted), read (hits the index
//   gave before filtering), floor (the lowest score among them, null when none), hits (List<Map {id,
//   what, score, snippet}>: the ones kept, in the index's order) - one row per index.
//   queries/search/search.ts merges them, and asks again without a limit when a hit past the limit
//   could belong in the answer.
// Row: { part: number; read: number; floor: number | null; hits: SearchHit[] }
// Mode: read
CALL () {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, $options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 0 AS part, size(found) AS read, floor,
         [h IN found WHERE $kinds IS NULL OR h.node.kind IN $kinds
                 | {id: h.node.id, what: 'ENTITY', score: h.score, snippet: h.node.name}] AS hits
  UNION ALL
  // statements are searched only when no entity kind is asked for
  WITH 1 AS unused WHERE $kinds IS NULL
  CALL db.index.fulltext.queryNodes('statement_text_de', $lucene, $options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 1 AS part, size(found) AS read, floor,
         [h IN found WHERE (coalesce($includeRetracted, false) OR NOT coalesce(h.node.retracted, false))
                 | {id: h.node.id, what: CASE WHEN h.node:Quote THEN 'QUOTE' ELSE 'CLAIM' END, score: h.score,
                    snippet: h.node.text}] AS hits
  UNION ALL
  // statements are searched only when no entity kind is asked for
  WITH 1 AS unused WHERE $kinds IS NULL
  CALL db.index.fulltext.queryNodes('statement_text_en', $lucene, $options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 2 AS part, size(found) AS read, floor,
         [h IN found WHERE (coalesce($includeRetracted, false) OR NOT coalesce(h.node.retracted, false))
                 | {id: h.node.id, what: CASE WHEN h.node:Quote THEN 'QUOTE' ELSE 'CLAIM' END, score: h.score,
                    snippet: h.node.text}] AS hits
  UNION ALL
  // documents are searched only when no entity kind is asked for; a withdrawn one keeps the label, not Document
  WITH 1 AS unused WHERE $kinds IS NULL
  CALL db.index.fulltext.queryNodes('document_text_not_extracted', $lucene, $options) YIELD node, score
  WITH collect({node: node, score: score}) AS found, min(score) AS floor
  RETURN 3 AS part, size(found) AS read, floor,
         [h IN found WHERE h.node:Document
                 | {id: h.node.id, what: 'DOCUMENT', score: h.score,
                    snippet: coalesce(h.node.title + ': ', '') + left(h.node.text, 200)}] AS hits
}
RETURN part, read, floor, hits
ORDER BY part
