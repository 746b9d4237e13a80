// Purpose: the role changes of a person (HELD_ROLE from it) in a date window, sought like timeline entries: by
//   (person id, date precision, earliest day) from the window's start bounded by that precision's longest span,
//   instead of reading every role relation of the person (one per article that names the office)
CREATE INDEX held_role_from_precision_earliest IF NOT EXISTS FOR ()-[r:HELD_ROLE]-() ON (r.fromId, r.precision, r.earliest)
