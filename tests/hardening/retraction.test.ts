import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { dataOf } from '../support/test-api.ts';
import { typed } from '../gql/gql.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';

/**
 * A retracted fact stays in the graph, marked, and every read leaves it out unless asked with
 * includeRetracted. The article and entities are invented for this file, so parallel files never
 * see them.
 */
describe('retracted facts', () => {
  const scope = testScope('ret').toLowerCase();
  const { keys, env } = testKeys(scope);
  // a word found in no other text: full-text search finds the quote by it
  const word = `quorvanic${scope.replace(/[^a-z]/g, '')}`;
  const speaker = 'person:helga-quistrom';
  const ids = { a: `person:${scope}-a`, org: `org:${scope}-org` };
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let docId = '';
  let quoteId = '';
  let roleId = '';
  const ed = () => bearer(keys.editor);
  const read = <Data, Variables>(query: TypedDocumentString<Data, Variables>, variables?: Variables) =>
    gql(api, query, variables).then((r) => {
      expect(r.body?.errors).toBeUndefined();
      return dataOf(r.body);
    });

  const textOf = (lead: string) =>
    `${lead}Helga Quistrom said on Monday at a press conference: "The ${word} accord will hold, whatever happens."\n`;
  const ingestVersion = (text: string) =>
    gql(
      api,
      typed(
        `mutation RetrIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {
          documentId status errors { code } } }`,
      ),
      { i: { text, url: `https://example.invalid/${scope}`, publishedAt: '2026-03-10', lang: 'en' } },
      ed(),
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    const ingest = await ingestVersion(textOf(''));
    docId = dataOf(ingest.body).ingestDocument.documentId!;
    const quotes = await read(
      typed(
        `query RetrQuotes($s: ID!) { quotes(filter: { speakerId: $s, text: "accord will hold" }) { edges {
          node { id } } } }`,
      ),
      { s: speaker },
    );
    quoteId = quotes.quotes.edges.find((e) => e.node.id)?.node.id ?? '';
    const up = typed(`mutation RetrUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }`);
    await gql(api, up, { i: { id: ids.a, kind: 'PERSON', name: 'Ret Example' } }, ed());
    await gql(api, up, { i: { id: ids.org, kind: 'ORGANIZATION', name: 'Ret Example Org' } }, ed());
    const fact = await gql(
      api,
      typed(`mutation RetrAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId } }`),
      {
        i: {
          type: 'HELD_ROLE',
          from: ids.a,
          to: ids.org,
          role: 'Chair',
          earliest: '2026-03-01',
          sourceDocumentId: docId,
        },
      },
      ed(),
    );
    roleId = dataOf(fact.body).assertFact.factId!;
  });

  afterAll(async () => {
    const all = [...Object.values(ids), docId, quoteId, roleId, speaker];
    await db?.raw('MATCH (a:AuditEntry) WHERE a.target IN $all OR a.who STARTS WITH $scope DETACH DELETE a', {
      all,
      scope,
    });
    if (docId)
      await db?.raw('MATCH (d:Document {id: $id}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', {
        id: docId,
      });
    await db?.raw('MATCH (e:Entity) WHERE e.id IN $all AND NOT (e)<-[:MENTIONS]-(:Document) DETACH DELETE e', { all });
    await api?.stop();
    await db?.close();
  });

  it(
    'when the fixture is loaded, ' + 'then the quote and the role are listed everywhere before any retraction',
    async () => {
      expect(docId).toMatch(/^doc:/);
      expect(quoteId).toMatch(/^quote:/);
      expect(roleId).toMatch(/^fact:/);
      const r = await read(
        typed(
          `query RetrQuotes2($s: ID!, $a: ID!) { quotes(filter: { speakerId: $s }) { totalCount }
            entity(id: $a) { ... on Person { roles { id } } } }`,
        ),
        { s: speaker, a: ids.a },
      );
      expect(r.quotes.totalCount).toBe(1);
      expect(r.entity && 'roles' in r.entity ? r.entity.roles.map((x) => x.id) : undefined).toEqual([roleId]);
    },
  );

  it(
    'when a quote and a role are retracted, ' +
      'then reads leave them out by default and show them, marked, with includeRetracted',
    async () => {
      const rf = typed(
        `mutation RetrRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {
          retracted errors { code } } }`,
      );
      expect((await gql(api, rf, { id: quoteId, why: 'misattributed' }, ed())).body?.data?.retractFact).toEqual({
        retracted: true,
        errors: [],
      });
      expect((await gql(api, rf, { id: roleId, why: 'never chaired it' }, ed())).body?.data?.retractFact).toEqual({
        retracted: true,
        errors: [],
      });

      const quotes = typed(
        `query RetrQuotes3($s: ID!, $all: Boolean) { quotes(filter: {
          speakerId: $s }, includeRetracted: $all) { totalCount edges { node { id retraction { reason by at } } } } }`,
      );
      expect((await read(quotes, { s: speaker })).quotes.totalCount).toBe(0);
      const shown = (await read(quotes, { s: speaker, all: true })).quotes;
      expect(shown.edges.map((e) => e.node.id)).toEqual([quoteId]);
      expect(shown.edges[0]?.node.retraction).toMatchObject({
        reason: 'misattributed',
        by: `${scope}-editor (editor)`,
      });
      expect(shown.edges[0]?.node.retraction?.at).toMatch(/^\d{4}-\d{2}-\d{2}T/);

      const unfiltered = typed(
        `query RetrQuotes4($t: String!, $all: Boolean) { quotes(filter: {
          text: $t }, includeRetracted: $all) { totalCount } }`,
      );
      expect((await read(unfiltered, { t: word })).quotes.totalCount).toBe(0);
      expect((await read(unfiltered, { t: word, all: true })).quotes.totalCount).toBe(1);

      const timeline = typed(
        `query RetrTimeline($e: [ID!]!, $all: Boolean, $from: Date) {
          timeline(entityIds: $e, includeRetracted: $all, from: $from) { edges { node {
          __typename ... on Quote { id } ... on RoleChange { id } } } } }`,
      );
      const tIds = async (v: { e: string[]; all?: boolean; from: string | null }) =>
        (await read(timeline, v)).timeline.edges.map((e) => ('id' in e.node ? e.node.id : undefined)).filter(Boolean);
      for (const from of [null, '2026-01-01']) {
        expect(await tIds({ e: [speaker, ids.a], from })).not.toContain(quoteId);
        expect(await tIds({ e: [speaker, ids.a], from })).not.toContain(roleId);
        expect(await tIds({ e: [speaker, ids.a], from, all: true })).toEqual(expect.arrayContaining([quoteId, roleId]));
      }

      const activity = typed(
        `query RetrActivity($e: [ID!]!, $all: Boolean) { activity(entityIds: $e, from: "2026-03-01",
          to: "2026-03-31", bucket: MONTH, includeRetracted: $all) { quotes roleChanges } }`,
      );
      expect((await read(activity, { e: [speaker, ids.a] })).activity).toEqual([{ quotes: 0, roleChanges: 0 }]);
      expect((await read(activity, { e: [speaker, ids.a], all: true })).activity).toEqual([
        { quotes: 1, roleChanges: 1 },
      ]);

      const search = typed(
        `query RetrSearch($q: String!, $all: Boolean) { search(query: $q, includeRetracted: $all) { quote { id } } }`,
      );
      expect((await read(search, { q: word })).search).toEqual([]);
      expect((await read(search, { q: word, all: true })).search.map((h) => h.quote?.id)).toEqual([quoteId]);

      const connections = typed(
        `query RetrConnections($a: ID!, $b: ID!, $all: Boolean) {
          connections(from: $a, to: $b, includeRetracted: $all) { edges { relation } } }`,
      );
      expect((await read(connections, { a: ids.a, b: ids.org })).connections).toEqual([]);
      expect((await read(connections, { a: ids.a, b: ids.org, all: true })).connections).toEqual([
        { edges: [{ relation: 'HELD_ROLE' }] },
      ]);

      const influence = typed(
        `query RetrInfluence($a: ID!, $all: Boolean) { influence(about: $a, from: "2026-03-01",
          to: "2026-03-31", includeRetracted: $all) { entity { id } } }`,
      );
      expect((await read(influence, { a: ids.a })).influence).toEqual([]);
      expect((await read(influence, { a: ids.a, all: true })).influence.map((s) => s.entity.id).sort()).toEqual(
        [ids.a, ids.org].sort(),
      );
    },
  );

  it(
    'when a retracted fact is asked for by id, ' +
      'then it is returned with its retraction, and left out of roles and document spans',
    async () => {
      const node = await read(
        typed(`query RetrNode($id: ID!) { node(id: $id) { ... on Quote { id retraction { reason } } } }`),
        {
          id: quoteId,
        },
      );
      expect(node.node).toEqual({ id: quoteId, retraction: { reason: 'misattributed' } });
      const role = await read(
        typed(`query RetrNode2($id: ID!) { node(id: $id) { ... on RoleChange { id retraction { reason } } } }`),
        {
          id: roleId,
        },
      );
      expect(role.node).toEqual({ id: roleId, retraction: { reason: 'never chaired it' } });
      const r = await read(
        typed(
          `query RetrEntity($a: ID!, $d: ID!) { entity(id: $a) { ... on Person { roles { id } } }
            document(id: $d) { spans { edges { node { kind } } } } }`,
        ),
        { a: ids.a, d: docId },
      );
      expect(r.entity && 'roles' in r.entity ? r.entity.roles : undefined).toEqual([]);
      expect(r.document?.spans.edges.filter((e) => e.node.kind === 'QUOTE')).toEqual([]);
      const [stored] = await db.raw('MATCH (q:Quote {id: $id}) RETURN q.text AS text, q.retracted AS retracted', {
        id: quoteId,
      });
      expect(stored).toEqual({ text: `The ${word} accord will hold, whatever happens.`, retracted: true });
    },
  );

  it('when a changed version of the article replaces it, then the retracted quote stays retracted', async () => {
    const r = await ingestVersion(textOf('Copenhagen, updated. '));
    expect(r.body?.data?.ingestDocument).toMatchObject({ documentId: docId, status: 'REPLACED', errors: [] });
    const quotes = typed(
      `query RetrQuotes5($s: ID!, $all: Boolean) { quotes(filter: { speakerId: $s }, includeRetracted: $all) {
        totalCount edges { node { id retraction { reason } sources { start } } } } }`,
    );
    expect((await read(quotes, { s: speaker })).quotes.totalCount).toBe(0);
    const shown = (await read(quotes, { s: speaker, all: true })).quotes.edges;
    expect(shown).toEqual([
      {
        node: {
          id: quoteId,
          retraction: { reason: 'misattributed' },
          sources: [{ start: textOf('Copenhagen, updated. ').indexOf(`The ${word}`) }],
        },
      },
    ]);
  });
});
