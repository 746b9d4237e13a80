// Purpose: every evidence span of a dated relation ("docId|start|end|extractor|confidence") written before excerpts
//   were stored gets its excerpt in the relation's excerpts ("docId|start|end|text"), as ingest/merge-relations and
//   curation/assert-fact write them from then on; a curated source without a span has none. The spans are gathered
//   per document, so a text is read once for all the relations it supports; 20 documents per transaction; a span
//   that has its excerpt is left out, so a second run changes nothing. Characters are counted as in
//   034-source-excerpts-backfill (code points, as the reads cut them before); the cut is appended to its key, which
//   makes it a string of its own (see 034 for why that matters).
MATCH ()-[r]->()
WHERE r.evidence IS NOT NULL
UNWIND r.evidence AS ev
WITH r, split(ev, '|') AS p
WHERE p[1] <> '' AND p[2] <> '' AND toInteger(p[2]) >= toInteger(p[1])
  AND none(x IN coalesce(r.excerpts, []) WHERE x STARTS WITH p[0] + '|' + p[1] + '|' + p[2] + '|')
WITH p[0] AS docId, collect(DISTINCT {r: r, start: p[1], end: p[2]}) AS spans
CALL (docId, spans) {
  MATCH (d:Document {id: docId})
  WITH docId, d.text AS text, spans
  FOREACH (x IN spans |
    FOREACH (r IN [x.r] |
      SET r.excerpts = coalesce(r.excerpts, []) +
        (docId + '|' + x.start + '|' + x.end + '|' + substring(text, toInteger(x.start), toInteger(x.end) - toInteger(x.start)))))
} IN TRANSACTIONS OF 20 ROWS
