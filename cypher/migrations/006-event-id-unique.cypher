// Purpose: events (press conferences, meetings) merged across articles
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (e:Event) REQUIRE e.id IS UNIQUE
