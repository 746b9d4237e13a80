// Purpose: the quotes and claims of a document that the extractor gave to an entity through the words of a
//   mention (their cue names it: "Mr Alexander said"), for a mention split to give them to the other entity
// Params: $docId: String; $fromId: String; $surface: String
// Returns: id - one row per quote or claim
// Row: { id: string }
// Mode: read
MATCH (:Document {id: $docId})<-[s:SOURCED_FROM]-(f)<-[:SAID|CLAIMED]-(:Entity {id: $fromId})
WHERE (f:Quote OR f:Claim) AND s.cue CONTAINS $surface
RETURN DISTINCT f.id AS id
