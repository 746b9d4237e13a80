// Purpose: the same quote from two articles is one Quote with two sources
CREATE CONSTRAINT quote_id IF NOT EXISTS FOR (q:Quote) REQUIRE q.id IS UNIQUE
