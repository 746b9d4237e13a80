// Purpose: what unmergeEntities restores is found by the merged id: one (:EntitySnapshot {snapshotOf}) per merge
CREATE CONSTRAINT entity_snapshot_of IF NOT EXISTS FOR (s:EntitySnapshot) REQUIRE s.snapshotOf IS UNIQUE
