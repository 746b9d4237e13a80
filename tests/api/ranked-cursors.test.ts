import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';

// search, coMentions and influence are ranked lists: a cursor names a place in the ranking, and `after` it
// answers the items ranked below. On the sample corpus (the project's own invented articles).
describe('cursors on ranked lists', () => {
  let db: Database;
  let api: RunningApi;
  beforeAll(async () => {
    db = await openTestDatabase();
    await loadSampleCorpus(db);
    api = await startTestApi(db);
  });
  afterAll(async () => {
    await api?.stop();
    await db?.close();
  });

  const LISTS = [
    { name: 'search', query: 'search(query: "NATO"', item: 'score entity { id } quote { id } claim { id }' },
    { name: 'coMentions', query: 'coMentions(entityId: "person:marco-rubio"', item: 'count entity { id }' },
    { name: 'influence', query: 'influence(from: "2026-01-01", to: "2026-02-28"', item: 'rank entity { id }' },
  ];

  for (const list of LISTS)
    it(`when ${list.name} is paged with a cursor, then the next page is what a longer first page holds`, async () => {
      type Item = { cursor: string } & Record<string, unknown>;
      const ask = async (first: number, after?: string) => {
        const args = `${list.query}, first: ${first}${after ? `, after: "${after}"` : ''})`;
        return (
          dataOf(
            (await graphql(api, `{ ${list.query.split('(')[0]}: ${args} { cursor ${list.item} } }`)).body,
          ) as Record<string, Item[]>
        )[list.name]!;
      };
      // other test files write to the same graph: compare once the long list held still around the pages
      for (let attempt = 1; ; attempt++) {
        const before = await ask(4);
        const head = await ask(2);
        const tail = await ask(2, head[1]!.cursor);
        const after = await ask(4);
        const strip = (items: Item[]) => items.map(({ cursor: _, ...rest }) => rest);
        if (JSON.stringify(before) !== JSON.stringify(after) && attempt < 20) {
          await new Promise((r) => setTimeout(r, 250 * attempt));
          continue;
        }
        expect(before.length, `${list.name} has at least 3 items on the sample corpus`).toBeGreaterThanOrEqual(3);
        expect(strip([...head, ...tail])).toEqual(strip(before));
        expect([...head, ...tail].map((i) => i.cursor)).toEqual(before.map((i) => i.cursor));
        return;
      }
    });

  it('when a cursor is not one of the list’s or pages too deep, then the answer names `after`', async () => {
    const [hit] = (
      dataOf((await graphql(api, '{ search(query: "NATO", first: 1) { cursor } }')).body) as {
        search: { cursor: string }[];
      }
    ).search;
    const refused = async (q: string) => (await graphql(api, q)).body.errors?.map((e) => e.extensions?.field);
    expect(await refused(`{ influence(first: 2, after: "${hit!.cursor}") { rank } }`)).toEqual(['after']);
    expect(await refused('{ search(query: "NATO", after: "nope") { score } }')).toEqual(['after']);
    const deep = Buffer.from(JSON.stringify({ k: JSON.stringify(['search', 995]) })).toString('base64url');
    expect(await refused(`{ search(query: "NATO", first: 10, after: "${deep}") { score } }`)).toEqual(['after']);
  });
});
