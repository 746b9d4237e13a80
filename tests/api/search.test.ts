import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { bearer, gql, startCapturedApi, testKeys } from '../hardening/support.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { typed } from '../gql/gql.ts';
import { dataOf, graphql } from '../support/test-api.ts';
import { useSampleApi } from '../support/sample-api.ts';
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

/**
 * The benchmark's search request (bench/lib/operations.ts) and the dashboard's (web/src/queries.ts) over
 * the sample corpus: the search statement returns each hit with what they select, so nothing is loaded
 * after it. The answer is checked against what the loaders give for the same ids (nodes(ids)).
 */
describe('search in one round trip', () => {
  const sample = useSampleApi();
  const dashboardSearch = typed(`query SrchDashboard($q: String!) { search(query: $q, first: 8) {
    score snippet
    entity { id name kind }
    quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }
    claim { id text speaker { id name } sources { start end document { id title outlet } } }
    document { id title outlet lang extracted notExtractedReason } } }`);
  const sameByLoaders = typed(`query SrchByLoaders($ids: [ID!]!) { nodes(ids: $ids) { __typename
    ... on Entity { id name kind }
    ... on Quote { id text speaker { id name } said { edtf } sources { start end document { id title outlet } } }
    ... on Claim { id text speaker { id name } sources { start end document { id title outlet } } }
    ... on Document { id title outlet lang extracted notExtractedReason } } }`);

  /** The statements one request runs, by name. */
  const statementsOf = async <T>(request: () => Promise<T>): Promise<{ answer: T; names: string[] }> => {
    const names: string[] = [];
    const off = sample.db.onQuery((e) => names.push(e.name));
    try {
      return { answer: await request(), names };
    } finally {
      off();
    }
  };

  it(
    "when the benchmark's request finds entities and quotes, " +
      'then it runs exactly one Cypher statement and names them and gives the quotes their words',
    async () => {
      const { answer, names } = await statementsOf(() =>
        graphql(
          sample.api,
          typed(`query SrchBench($q: String!) { search(query: $q, first: 10) {
            score snippet entity { id name } quote { id text } } }`),
          { q: 'nato' },
        ),
      );
      expect(answer.body.errors).toBeUndefined();
      expect(names).toEqual(['search/search']);
      const hits = dataOf(answer.body).search;
      expect(hits.some((h) => h.entity?.id === 'org:nato' && h.entity.name === 'NATO')).toBe(true);
      const quotes = hits.flatMap((h) => (h.quote ? [h.quote] : []));
      expect(quotes.length).toBeGreaterThan(0);
      for (const q of quotes) expect(q.text.toLowerCase()).toContain('nato');
    },
  );

  it(
    "when the dashboard's request asks for speakers and sources too, " +
      'then one statement answers it, the same as the loaders read for those ids',
    async () => {
      const { answer, names } = await statementsOf(() => graphql(sample.api, dashboardSearch, { q: 'nato' }));
      expect(answer.body.errors).toBeUndefined();
      expect(names).toEqual(['search/search']);
      const hits = dataOf(answer.body).search;
      const found = hits.map((h) => h.entity ?? h.quote ?? h.claim ?? h.document);
      expect(found.every((f) => f !== null)).toBe(true);
      expect(hits.some((h) => h.entity) && hits.some((h) => h.quote?.speaker) && hits.some((h) => h.claim)).toBe(true);
      const loaded = dataOf((await graphql(sample.api, sameByLoaders, { ids: found.map((f) => f!.id) })).body).nodes;
      expect(found).toEqual(loaded.map((n) => (n ? { ...n, __typename: undefined } : n)));
    },
  );

  it('when an entity is searched by its Wikidata item, then one statement answers it with its name', async () => {
    const scope = testScope('srchq').toLowerCase();
    const entity = { id: `person:${scope}`, name: `Qid Person ${scope}`, qid: `Q9${Date.now()}` };
    await sample.db.raw(
      "CREATE (:Entity:Person {id: $id, name: $name, kind: 'PERSON', aliases: [], wikidataId: $qid})",
      entity,
    );
    try {
      const { answer, names } = await statementsOf(() =>
        graphql(sample.api, typed(`query SrchQid($q: String!) { search(query: $q) { entity { id name } } }`), {
          q: entity.qid,
        }),
      );
      expect(dataOf(answer.body).search.map((h) => h.entity)).toEqual([{ id: entity.id, name: entity.name }]);
      expect(names).toEqual(['entity/entities-by-wikidata-id']);
    } finally {
      await sample.db.raw('MATCH (e:Entity {id: $id}) DETACH DELETE e', { id: entity.id });
    }
  });
});
