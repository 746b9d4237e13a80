// Purpose: drops the three-key timeline index of 029, now covered by 031's (entity, precision, key, latest)
DROP INDEX on_timeline_entity_precision_key IF EXISTS
