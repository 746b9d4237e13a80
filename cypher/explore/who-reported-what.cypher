// Purpose: who reported what: each outlet's reports (nach Angaben von Reuters, The Washington Post
//   reported), what they were about and the articles that cite them; drawn as a graph in the Browser
// Params: $outlet: String|null - an outlet's entity id (org:reuters), default every outlet
// Returns: outlet (Entity node), published (PUBLISHED relationship), report (Report node), on (REPORTS_ON
//   relationship), subject (Claim or Event node), cited (SOURCED_FROM relationship), article (Document
//   node), reported (edtf of the report), citedIn (String) - one row per report, subject and article
// Mode: read
MATCH (outlet:Entity)-[published:PUBLISHED]->(report:Report)
WHERE $outlet IS NULL OR outlet.id = $outlet
OPTIONAL MATCH (report)-[on:REPORTS_ON]->(subject)
OPTIONAL MATCH (report)-[cited:SOURCED_FROM]->(article:Document)
RETURN outlet, published, report, on, subject, cited, article,
       report.edtf AS reported, coalesce(article.title, article.id) AS citedIn
ORDER BY report.earliest IS NULL, report.earliest, outlet.name, report.id
