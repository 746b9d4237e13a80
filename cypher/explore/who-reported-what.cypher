// Purpose: who reported what: each outlet's reports (nach Angaben von Reuters, The Washington Post
//   reported), what they were about and the articles that cite them; drawn as a graph in the Browser
//   (Neo4j Browser: paste and run as it is; no :param needed)
// Edit these values in the first line: outletId (an outlet's entity id, e.g. 'org:reuters', or null
//   for every outlet)
// Returns: outlet (Entity node), published (PUBLISHED relationship), report (Report node), on (REPORTS_ON
//   relationship), subject (Claim or Event node), cited (SOURCED_FROM relationship), article (Document
//   node), reported (edtf of the report), citedIn (String) - one row per report, subject and article
// Row: { outlet: unknown; published: unknown; report: unknown; on: unknown; subject: unknown; cited: unknown;
//   article: unknown; reported: string | null; citedIn: string }
// Mode: read
WITH null AS outletId
MATCH (outlet:Entity)-[published:PUBLISHED]->(report:Report)
WHERE outletId IS NULL OR outlet.id = outletId
OPTIONAL MATCH (report)-[on:REPORTS_ON]->(subject)
OPTIONAL MATCH (report)-[cited:SOURCED_FROM]->(article:Document)
RETURN outlet, published, report, on, subject, cited, article,
       report.edtf AS reported, coalesce(article.title, article.id) AS citedIn
ORDER BY report.earliest IS NULL, report.earliest, outlet.name, report.id
