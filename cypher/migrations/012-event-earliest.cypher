// Purpose: timeline range scans on events
CREATE INDEX event_earliest IF NOT EXISTS FOR (e:Event) ON (e.earliest)
