// Purpose: role changes on timelines are range-scanned by date
CREATE INDEX held_role_earliest IF NOT EXISTS FOR ()-[r:HELD_ROLE]-() ON (r.earliest)
