import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

describe('concurrent ingests of overlapping documents', () => {
  let db: Database;
  const scope = testScope('concurrent');
  const person = `Ottilie Parallela${scope.slice(-5).replace(/[^a-z]/g, 'y')}`;
  // Eight articles that all name the same speaker, outlet and alliance, and share one quote.
  const docs = Array.from({ length: 8 }, (_, i) => ({
    meta: { source: `${scope}-${i}`, title: null, url: `https://test.quotegraph.invalid/${scope}/${i}`, outlet: 'Test Courier', publishedAt: `2025-08-1${i}`, lang: 'en' },
    body: `NATO envoy ${person} spoke to reporters on Monday. "We share this sentence," ${person} said. "Article ${i} alone says this," ${person} added, according to Reuters.`,
  }));

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.raw('MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', { p: `https://test.quotegraph.invalid/${scope}/` });
    await db.raw('MATCH (p:Person {name: $name}) DETACH DELETE p', { name: person });
    await db.close();
  });

  it('when eight ingests run at once, then none fails and no entity or fact is duplicated', async () => {
    const results = await Promise.allSettled(docs.map((d) => ingestDocument(db, d)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [people] = await db.raw('MATCH (p:Person {name: $name}) RETURN count(p) AS n', { name: person });
    expect(people!.n).toBe(1);
    const shared = await db.raw(
      'MATCH (p:Person {name: $name})-[s:SAID]->(q:Quote) WHERE q.text STARTS WITH "We share" OPTIONAL MATCH (q)-[src:SOURCED_FROM]->(d) RETURN count(DISTINCT q) AS quotes, count(DISTINCT s) AS said, count(src) AS sources',
      { name: person },
    );
    expect(shared[0]).toEqual({ quotes: 1, said: 1, sources: 8 });
    const [dupes] = await db.raw('MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS n');
    expect(dupes!.n).toBe(0);
  });
});
