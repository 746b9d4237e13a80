// Purpose: drops the three-key timeline index of 029, now covered by 032's (entity, precision, key, latest, retracted)
DROP INDEX on_timeline_entity_precision_key IF EXISTS
