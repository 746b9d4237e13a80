import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { loadSampleCorpus } from './support/sample-corpus.ts';
import { openTestDatabase } from './support/test-database.ts';

// cypher/explore/ holds ready questions for the Neo4j Browser (README "Exploring in the Neo4j
// Browser"). Each must answer on the sample corpus with its default parameters.
describe('the exploration queries for the Neo4j Browser', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
  });
  afterAll(() => db.close());

  const explore = () => db.queries.all().filter((q) => q.name.startsWith('explore/'));

  it('when the registry loads, then there are the four exploration questions, each with a purpose', () => {
    expect(explore().map((q) => q.name).sort()).toEqual([
      'explore/co-mention-network-of-month',
      'explore/command-posts',
      'explore/person-quotes-over-time',
      'explore/who-reported-what',
    ]);
    for (const q of explore()) {
      expect(q.purpose.length, q.file).toBeGreaterThan(20);
      expect(q.mode, q.file).toBe('read');
    }
  });

  it('when each runs with its defaults (every parameter null) on the sample corpus, then it returns rows', async () => {
    for (const q of explore()) {
      const rows = await db.query(q.name, Object.fromEntries(q.params.map((p) => [p, null])));
      expect(rows.length, `${q.file} returned no rows`).toBeGreaterThan(0);
    }
  });

  it("when a person's quotes are asked for February 2026, then Rubio's press-conference quotes come with their sources", async () => {
    const rows = await db.query('explore/person-quotes-over-time', { person: 'person:marco-rubio', from: '2026-02-01', to: '2026-02-28' });
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.every((r) => (r.sources as string[]).length > 0)).toBe(true);
    expect(rows.some((r) => r.said === '2026-02-15')).toBe(true);
  });

  it('when command posts are asked, then JFC Naples is handed over with its sources', async () => {
    const rows = await db.query('explore/command-posts', { commandPost: 'commandpost:jfc-naples' });
    expect(rows.some((r) => r.relation === 'HANDED_OVER_TO' && (r.sources as string[]).length > 0)).toBe(true);
  });
});
