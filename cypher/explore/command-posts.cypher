// Purpose: the command posts, who controls them and who is to receive them (CONTROLS, HANDED_OVER_TO,
//   LOCATED_IN), each relation with its date and the articles it rests on; a graph in the Browser
//   (Neo4j Browser: paste and run as it is; no :param needed)
// Edit these values in the first line: commandPost (a command post's id, e.g. 'commandpost:jfc-naples',
//   or null for all of them)
// Returns: post (CommandPost node), rel (relationship), other (Entity node), relation (type), when
//   (edtf), sources (List<String>: document titles) - one row per relation of a command post
// Row: { post: unknown; rel: unknown; other: unknown; relation: string; when: string | null; sources: string[] }
// Mode: read
WITH null AS commandPost
MATCH (post:CommandPost)
WHERE commandPost IS NULL OR post.id = commandPost
MATCH (post)-[rel:CONTROLS|HANDED_OVER_TO|LOCATED_IN|MEMBER_OF]-(other:Entity)
OPTIONAL MATCH (d:Document) WHERE d.id IN coalesce(rel.sourceDocs, [])
WITH post, rel, other, collect(coalesce(d.title, d.id)) AS sources
RETURN post, rel, other, type(rel) AS relation, rel.edtf AS when, sources
ORDER BY post.name, relation, other.name
