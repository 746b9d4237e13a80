import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { bearer, gql, startCapturedApi, testKeys } from '../hardening/support.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { typed } from '../gql/gql.ts';
import { dataOf } from '../support/test-api.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';

/**
 * Search reads each full-text index's few best hits first (first × 2 + 10 of them) and asks again
 * without a limit only when a hit past it could belong in the answer. These entities are invented for
 * this file: a made-up word that only they carry, fourteen persons whose short names score higher than
 * the one place with a long name, so asking for places with first: 1 finds the place only past the
 * limit (12 hits).
 */
describe('search past the per-index limit', () => {
  const scope = testScope('srch').toLowerCase();
  const { keys, env } = testKeys(scope);
  const word = `zorvexil${scope.replace(/[^a-z]/g, '')}`;
  const persons = Array.from({ length: 14 }, (_, i) => ({ id: `person:${scope}-${i}`, name: `${word} P${i}` }));
  const place = { id: `place:${scope}-square`, name: `${word} Square of the Old Harbour Market and Gardens` };
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  const read = async <Data, Variables>(query: TypedDocumentString<Data, Variables>, variables?: Variables) => {
    const r = await gql(api, query, variables);
    expect(r.body?.errors).toBeUndefined();
    return dataOf(r.body);
  };
  const searchQuery = typed(
    `query SrchSearch($q: String!, $k: [EntityKind!], $n: Int) { search(query: $q, kinds: $k, first: $n) {
      score entity { id kind } } }`,
  );

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    const up = typed(`mutation SrchUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }`);
    for (const p of persons) await gql(api, up, { i: { id: p.id, kind: 'PERSON', name: p.name } }, bearer(keys.editor));
    await gql(api, up, { i: { id: place.id, kind: 'PLACE', name: place.name } }, bearer(keys.editor));
  });

  afterAll(async () => {
    const all = [...persons.map((p) => p.id), place.id];
    await db?.raw('MATCH (a:AuditEntry) WHERE a.target IN $all OR a.who STARTS WITH $scope DETACH DELETE a', {
      all,
      scope,
    });
    await db?.raw('MATCH (e:Entity) WHERE e.id IN $all DETACH DELETE e', { all });
    await api?.stop();
    await db?.close();
  });

  it(
    'when the fixture is loaded, ' + 'then all fifteen entities are found, best first, the long-named place last',
    async () => {
      const hits = (await read(searchQuery, { q: word, n: 50 })).search;
      expect(hits).toHaveLength(15);
      const scores = hits.map((h) => h.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(hits[14]?.entity).toEqual({ id: place.id, kind: 'PLACE' });
      expect(hits[0]?.score).toBeGreaterThan(hits[14]!.score);
    },
  );

  it(
    'when places are asked for with first: 1, ' + 'then the place past the twelve better person hits is still found',
    async () => {
      const hits = (await read(searchQuery, { q: word, k: ['PLACE'], n: 1 })).search;
      expect(hits.map((h) => h.entity)).toEqual([{ id: place.id, kind: 'PLACE' }]);
    },
  );

  it('when first grows, then the shorter answer is the start of the longer one', async () => {
    const short = (await read(searchQuery, { q: word, n: 3 })).search;
    const long = (await read(searchQuery, { q: word, n: 15 })).search;
    expect(short).toEqual(long.slice(0, 3));
  });
});
