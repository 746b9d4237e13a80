// Purpose: entities are found by their Wikidata QID (search by QID, joins with Wikidata-keyed data)
CREATE INDEX entity_wikidata_id IF NOT EXISTS FOR (e:Entity) ON (e.wikidataId)
