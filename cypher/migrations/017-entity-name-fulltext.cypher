// Purpose: search over entity names and aliases, accents folded (Außenminister ~ Aussenminister)
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}}
