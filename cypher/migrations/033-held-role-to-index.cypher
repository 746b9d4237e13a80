// Purpose: the role changes at an organization or office (HELD_ROLE to it) in a date window, sought by
//   (organization id, date precision, earliest day), as 032 does from the person's end
CREATE INDEX held_role_to_precision_earliest IF NOT EXISTS FOR ()-[r:HELD_ROLE]-() ON (r.toId, r.precision, r.earliest)
