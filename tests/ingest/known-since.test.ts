import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// knownSince (the earliest publication among a fact's sources) is what as-of queries filter on. A new
// document folds its date in; a replaced version recomputes it. Both paths are checked here.
describe('knownSince and sourceCount of facts and dated relations', () => {
  let db: Database;
  const scope = testScope('known-since');
  const url = (n: string) => `https://test.quotegraph.invalid/${scope}/${n}`;
  const tag = scope.replace(/[^a-z]/g, '').slice(-8);
  const speaker = `Wilhelmina Quorum${tag}`;
  const shared = `US Defense Secretary ${speaker} spoke in Oslo. "The ${tag} fleet sails in spring," ${speaker} said.`;
  const meta = (n: string, publishedAt: string) => ({
    source: url(n),
    title: 'Test',
    url: url(n),
    outlet: 'Test Courier',
    publishedAt,
    lang: 'en',
  });

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $prefix OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { prefix: url('') },
    );
    await db.raw('MATCH (p:Person {name: $name}) DETACH DELETE p', { name: speaker });
    await db.close();
  });

  const state = async () => {
    const [row] = await db.raw(
      `MATCH (p:Person {name: $name})-[:SAID]->(q:Quote)
       OPTIONAL MATCH (p)-[r:HELD_ROLE]->()
       RETURN toString(q.knownSince) AS quote, q.sourceCount AS sources, toString(r.knownSince) AS role`,
      { name: speaker },
    );
    return row;
  };

  it(
    'when a later article comes first and an earlier one second, ' +
      'then the fact is known since the earlier one, with two sources',
    async () => {
      expect((await ingestDocument(db, { meta: meta('later', '2026-03-10'), body: shared })).status).toBe('created');
      expect(await state()).toEqual({ quote: '2026-03-10', sources: 1, role: '2026-03-10' });
      expect((await ingestDocument(db, { meta: meta('earlier', '2026-03-01'), body: shared })).status).toBe('created');
      expect(await state()).toEqual({ quote: '2026-03-01', sources: 2, role: '2026-03-01' });
    },
  );

  it('when the same article is ingested again, then nothing is counted twice', async () => {
    expect((await ingestDocument(db, { meta: meta('earlier', '2026-03-01'), body: shared })).status).toBe('unchanged');
    expect(await state()).toEqual({ quote: '2026-03-01', sources: 2, role: '2026-03-01' });
  });

  it(
    'when the earlier article is replaced by a version without the fact, ' +
      'then it is known since the later one again',
    async () => {
      const without = `A quiet day in Oslo for the ${tag} fleet.`;
      expect((await ingestDocument(db, { meta: meta('earlier', '2026-03-01'), body: without })).status).toBe(
        'replaced',
      );
      expect(await state()).toEqual({ quote: '2026-03-10', sources: 1, role: '2026-03-10' });
    },
  );
});
