// Purpose: records a curator's split of a wrongly joined mention: in one document, the spans of an entity's
//   mention whose words are $surface ("Mr Alexander" joined with "Douglas Alexander") belong to another
//   entity (a span matches when the words end where it ends and cover it: the extractor's span of "Mr
//   Alexander" is the surname, the form of address before it); kept apart from the mentions, so
//   every later write of the document applies it again (ingest/apply-mention-splits)
// Params: $docId: String; $fromId: String; $surface: String; $toId: String; $who: String
// Returns: spans (how many spans of the mention have those words) - zero rows when the document does not
//   mention the entity with those words
// Row: { spans: number }
// Mode: write
MATCH (d:Document {id: $docId})-[m:MENTIONS]->(:Entity {id: $fromId})
WITH d, m, [i IN range(0, size(m.starts) - 1)
       WHERE m.ends[i] - size($surface) >= 0 AND m.ends[i] - size($surface) <= m.starts[i]
         AND substring(d.text, m.ends[i] - size($surface), size($surface)) = $surface] AS hits
WHERE size(hits) > 0
MERGE (s:MentionSplit {docId: $docId, fromId: $fromId, surface: $surface})
SET s.toId = $toId, s.by = $who, s.at = datetime()
RETURN size(hits) AS spans
