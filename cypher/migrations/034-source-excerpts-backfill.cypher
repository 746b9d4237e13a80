// Purpose: every source span (SOURCED_FROM with start and end) written before excerpts were stored gets its
//   excerpt, the text between start and end, which the ingest statements store from then on and every read
//   returns as stored (reads cut it from the document's text per row, and a 3 MB transcript's quotes page ran out of
//   memory, issue 17). Document by document, one row each, so a text is read once for all its spans; 20 documents per
//   transaction; a span that has its excerpt is left alone, so a second run changes nothing. It cuts as the reads
//   did, counting characters as Cypher does (code points): for a text with characters beyond the Basic Multilingual
//   Plane (emoji) that is the former answer, not the JavaScript-offset cut a new ingest of the document stores.
//   The `+ ''` is needed: a cut shares the text's storage, and Neo4j counts the whole text for every cut held in
//   the transaction (400 cuts of a 3.3 MB text: over the per-transaction limit); appending makes a string of its own.
MATCH (d:Document)
WHERE EXISTS { MATCH (d)<-[s:SOURCED_FROM]-() WHERE s.excerpt IS NULL AND s.start IS NOT NULL AND s.end >= s.start }
CALL (d) {
  WITH d.text AS text, [(d)<-[s:SOURCED_FROM]-() WHERE s.excerpt IS NULL AND s.start IS NOT NULL AND s.end >= s.start | s] AS spans
  FOREACH (s IN spans | SET s.excerpt = substring(text, s.start, s.end - s.start) + '')
} IN TRANSACTIONS OF 20 ROWS
