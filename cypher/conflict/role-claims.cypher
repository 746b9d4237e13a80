// Purpose: the roles sources give a person (HELD_ROLE from them, retracted ones left out) with what role
//   conflicts compare: the role's key in our role lexicon (roleKeys: every key a Wikidata position's
//   labels name), the organization, the time, and whether Wikidata or an article is the source
// Params: $id: String - the person's entity id; $asOf: String|null (facts known later are left out);
//   $includeDeprecated: Boolean - facts curators deprecated too
// Returns: id, roleKey, roleKeys, orgId, origin ('wikidata' or 'text'), earliest, latest - one row per role
// Row: { id: string; roleKey: string | null; roleKeys: string[]; orgId: string; origin: string;
//   earliest: string | null; latest: string | null }
// Mode: read
MATCH (:Entity {id: $id})-[r:HELD_ROLE]->(o:Entity)
WHERE (NOT coalesce(r.retracted, false) OR ($includeDeprecated AND coalesce(r.deprecated, false)))
  AND ($asOf IS NULL OR r.knownSince <= date($asOf))
RETURN r.id AS id, r.roleKey AS roleKey,
  coalesce(r.roleKeys, CASE WHEN r.roleKey IS NULL OR r.roleKey = '' THEN [] ELSE [r.roleKey] END) AS roleKeys,
  o.id AS orgId, coalesce(r.origin, 'text') AS origin,
  toString(r.earliest) AS earliest, toString(r.latest) AS latest
ORDER BY r.id
