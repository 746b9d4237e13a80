// Purpose: role changes (HELD_ROLE relations) are looked up by their fact id (node(id), connections)
CREATE INDEX held_role_id IF NOT EXISTS FOR ()-[r:HELD_ROLE]-() ON (r.id)
