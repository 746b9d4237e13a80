import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.ts';
import { loadSampleCorpus } from './support/sample-corpus.ts';
import { openTestDatabase } from './support/test-database.ts';

// cypher/explore/ holds ready questions for the Neo4j Browser (README "Exploring in the Neo4j
// Browser"). A researcher pastes a file and runs it as it is: the Browser sends no parameters unless
// :param was used, and Neo4j rejects a query whose $parameters are not set. So each file runs here
// exactly as written (header comments included) with an EMPTY parameter map, and its values are
// edited in its first line, as the header says.
describe('the exploration queries for the Neo4j Browser', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
  });
  afterAll(() => db.close());

  const explore = () => db.queries.all().filter((q) => q.name.startsWith('explore/'));
  const source = (name: string) => readFile(db.queries.get(name).file, 'utf8');

  /** The file as a researcher would have it after editing its first line: the old line must be there. */
  async function edited(name: string, firstLine: string, replacement: string): Promise<string> {
    const text = await source(name);
    expect(text, `${name} no longer starts with ${firstLine}`).toContain(`\n${firstLine}\n`);
    return text.replace(`\n${firstLine}\n`, `\n${replacement}\n`);
  }

  it(
    'when the registry loads, ' +
      'then there are the four exploration questions, each with a purpose and a header saying what to edit',
    async () => {
      expect(
        explore()
          .map((q) => q.name)
          .sort(),
      ).toEqual([
        'explore/co-mention-network-of-month',
        'explore/command-posts',
        'explore/person-quotes-over-time',
        'explore/who-reported-what',
      ]);
      for (const q of explore()) {
        expect(q.purpose.length, q.file).toBeGreaterThan(20);
        expect(q.mode, q.file).toBe('read');
        expect(await source(q.name), q.file).toMatch(/^\/\/ Edit these values in the first line: /m);
        expect(q.text.split('\n')[0], `${q.file}: the first line holds the values to edit`).toMatch(/^WITH .+ AS \w+/);
      }
    },
  );

  it('when each file is read, then it uses no $parameter, so the Browser runs it without :param', () => {
    for (const q of explore()) expect(q.params, `${q.file} uses $parameters`).toEqual([]);
  });

  it(
    'when each file runs exactly as written with an empty parameter map on the sample corpus, ' +
      'then it returns rows',
    async () => {
      for (const q of explore()) {
        const rows = await db.raw(await source(q.name), {});
        expect(rows.length, `${q.file} returned no rows`).toBeGreaterThan(0);
      }
    },
  );

  it(
    'when the person query is edited to February 2026, ' +
      "then Rubio's press-conference quotes come with their sources",
    async () => {
      const text = await edited(
        'explore/person-quotes-over-time',
        "WITH 'person:marco-rubio' AS person, null AS fromDay, null AS toDay",
        "WITH 'person:marco-rubio' AS person, '2026-02-01' AS fromDay, '2026-02-28' AS toDay",
      );
      const rows = await db.raw(text, {});
      expect(rows.length).toBeGreaterThan(1);
      expect(rows.every((r) => (r.sources as string[]).length > 0)).toBe(true);
      expect(rows.some((r) => r.said === '2026-02-15')).toBe(true);
      // the window really filters: nothing dated outside February is left
      expect(rows.every((r) => String(r.said).startsWith('2026-02'))).toBe(true);
    },
  );

  it('when the person query is edited to a window with nothing in it, then it returns no rows', async () => {
    const text = await edited(
      'explore/person-quotes-over-time',
      "WITH 'person:marco-rubio' AS person, null AS fromDay, null AS toDay",
      "WITH 'person:marco-rubio' AS person, '1990-01-01' AS fromDay, '1990-12-31' AS toDay",
    );
    expect(await db.raw(text, {})).toEqual([]);
  });

  it(
    'when the command-post query is edited to JFC Naples, ' +
      'then only JFC Naples comes back, handed over with its sources',
    async () => {
      const text = await edited(
        'explore/command-posts',
        'WITH null AS commandPost',
        "WITH 'commandpost:jfc-naples' AS commandPost",
      );
      const rows = await db.raw(text, {});
      expect(rows.some((r) => r.relation === 'HANDED_OVER_TO' && (r.sources as string[]).length > 0)).toBe(true);
      expect(new Set(rows.map((r) => (r.post as { id: string }).id))).toEqual(new Set(['commandpost:jfc-naples']));
    },
  );

  it('when the co-mention query is edited to a month without articles, then it returns no rows', async () => {
    const text = await edited(
      'explore/co-mention-network-of-month',
      "WITH '2026-02' AS month, 2 AS minShared",
      "WITH '1990-01' AS month, 2 AS minShared",
    );
    expect(await db.raw(text, {})).toEqual([]);
  });
});
