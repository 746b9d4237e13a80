import { readdir, readFile, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, it, vi } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';
import { freePort } from '../../src/db/local/port-is-free.ts';
import { useSampleApi } from '../support/sample-api.ts';
import { typed } from '../gql/gql.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';

describe('the researcher operations on the sample corpus', () => {
  const sample = useSampleApi();

  it('when search("Rubio") runs, then Marco Rubio is the first hit', async () => {
    const { body } = await graphql(
      sample.api,
      typed(`query OpsSearchRubio { search(query: "Rubio") { score snippet entity { id name kind } } }`),
    );
    expect(body.errors).toBeUndefined();
    expect(dataOf(body).search[0]?.entity).toMatchObject({
      id: 'person:marco-rubio',
      name: 'Marco Rubio',
      kind: 'PERSON',
    });
  });

  it(
    'when the search text is unicode or Lucene syntax, ' +
      'then it is searched as words, and nothing found is an empty list',
    async () => {
      const a = await graphql(
        sample.api,
        typed(`query OpsSearchUnicode { search(query: "Außenminister") { entity { id } } }`),
      );
      expect(a.body.errors).toBeUndefined();
      const b = await graphql(
        sample.api,
        typed(`query OpsSearchLucene { search(query: "Rubio) OR (*:*") { entity { id } } }`),
      );
      expect(b.body.errors).toBeUndefined();
      const c = await graphql(sample.api, typed(`query OpsSearchNothing { search(query: "Zzyzxquux東京") { score } }`));
      expect(dataOf(c.body).search).toEqual([]);
      const d = await graphql(sample.api, typed(`query OpsSearchBlank { search(query: "  ") { score } }`));
      expect(d.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'query' });
    },
  );

  it('when entity, node and document are asked, then they resolve, and unknown ids give null', async () => {
    const { body } = await graphql(
      sample.api,
      typed(`query OpsEntityNodeNone { entity(id: "org:nato") { id name kind aliases ... on Alliance { roles {
        role person { name } } } }
      q: node(id: "person:marco-rubio") { id ... on Person { name } }
      none: entity(id: "person:nobody") { id } }`),
    );
    expect(body.errors).toBeUndefined();
    const data = dataOf(body);
    expect(data.entity).toMatchObject({ id: 'org:nato', kind: 'ALLIANCE' });
    expect(data.entity?.aliases).toContain('Nato');
    expect(data.q && 'name' in data.q ? data.q.name : undefined).toBe('Marco Rubio');
    expect(data.none).toBeNull();
    const docs = await graphql(
      sample.api,
      typed(
        `query OpsFirstRubioQuote { quotes(filter: { speakerId: "person:marco-rubio" }, first: 1) { edges {
          node { id sources { document { id } } } } } }`,
      ),
    );
    const docId = dataOf(docs.body).quotes.edges[0]!.node.sources[0]!.document.id;
    const d = await graphql(
      sample.api,
      typed(
        `query OpsDocumentSpans($id: ID!) { document(id: $id) { id text spans { edges { node {
          kind start end text fact { id } entity { id } } } } } n: node(id: $id) { id } }`,
      ),
      { id: docId },
    );
    expect(d.body.errors).toBeUndefined();
    const document = dataOf(d.body).document!;
    const spans = document.spans.edges.map((e) => e.node);
    expect(spans.some((s) => s.kind === 'QUOTE')).toBe(true);
    expect(spans.some((s) => s.kind === 'MENTION' && s.entity)).toBe(true);
    for (const s of spans) expect(document.text.slice(s.start, s.end)).toBe(s.text);
  });

  it('when quotes are filtered and paged, then filters hold and pages chain', async () => {
    const all = await graphql(
      sample.api,
      typed(
        `query OpsRubioQuotes { quotes(filter: { speakerId: "person:marco-rubio" }, first: 100) {
          totalCount edges { node { id speaker { id } } } } }`,
      ),
    );
    expect(all.body.errors).toBeUndefined();
    const allQuotes = dataOf(all.body).quotes;
    const total = allQuotes.totalCount;
    expect(total).toBeGreaterThan(2);
    expect(allQuotes.edges.every((e) => e.node.speaker?.id === 'person:marco-rubio')).toBe(true);
    const p1 = await graphql(
      sample.api,
      typed(
        `query OpsRubioQuotesPage1 { quotes(filter: { speakerId: "person:marco-rubio" }, first: 2) {
          pageInfo { hasNextPage endCursor } edges { node { id } } } }`,
      ),
    );
    const page1 = dataOf(p1.body).quotes;
    const p2 = await graphql(
      sample.api,
      typed(
        `query OpsRubioQuotesPage2($after: String) { quotes(filter: {
          speakerId: "person:marco-rubio" }, first: 2, after: $after) { pageInfo { hasPreviousPage } edges {
          node { id } } } }`,
      ),
      { after: page1.pageInfo.endCursor },
    );
    const page2 = dataOf(p2.body).quotes;
    const ids = [...page1.edges, ...page2.edges].map((e) => e.node.id);
    expect(ids).toEqual(allQuotes.edges.slice(0, 4).map((e) => e.node.id));
    expect(page2.pageInfo.hasPreviousPage).toBe(true);
    const de = await graphql(
      sample.api,
      typed(
        `query OpsGermanNatoQuotes { quotes(filter: { lang: "de", text: "nato", from: "2026-02-01",
          to: "2026-02-28" }) { edges { node { lang text said { earliest } } } } }`,
      ),
    );
    for (const e of dataOf(de.body).quotes.edges) {
      expect(e.node.lang).toBe('de');
      expect(e.node.text.toLowerCase()).toContain('nato');
    }
    const none = await graphql(
      sample.api,
      typed(
        `query OpsQuotesNone { quotes(filter: { text: "ÿ-never-said-ü" }) { totalCount edges { cursor }
          pageInfo { hasNextPage } } }`,
      ),
    );
    expect(dataOf(none.body).quotes).toEqual({ totalCount: 0, edges: [], pageInfo: { hasNextPage: false } });
  });

  it('when influence for January-February 2026 is computed, ' +
    'then Marco Rubio is among the top five with a why, for every algorithm', async () => {
    for (const algorithm of ['PAGERANK', 'DEGREE', 'BETWEENNESS'] as const) {
      const { body } = await graphql(
        sample.api,
        typed(`query OpsInfluence($algorithm: InfluenceAlgorithm) {
          influence(from: "2026-01-01", to: "2026-02-28", algorithm: $algorithm, first: 5) {
        rank score entity { id } why { weight edges { from { id } to { id } relation when { edtf } via {
        __typename } sources { document { id } } } } } }`),
        { algorithm },
      );
      expect(body.errors).toBeUndefined();
      const rubio = dataOf(body).influence.find((s) => s.entity.id === 'person:marco-rubio');
      expect(rubio, algorithm).toBeDefined();
      expect(rubio?.why.length).toBeGreaterThan(0);
      expect(rubio?.why[0]?.edges[0]?.sources.length).toBeGreaterThan(0);
    }
    // Our projections were dropped before our calls returned. Any listed now belong to calls of other
    // test files still running (however slowly) or leaked: wait for these names to go, and only these,
    // so projections that others create meanwhile do not count. A leaked one never goes.
    const projections = async () =>
      (
        await sample.db.raw(
          'CALL gds.graph.list() YIELD graphName WHERE graphName STARTS WITH "quotegraph-influence-" RETURN graphName',
        )
      ).map((r) => r.graphName as string);
    const listed = await projections();
    await vi.waitFor(
      async () => {
        const now = new Set(await projections());
        expect(listed.filter((name) => now.has(name))).toEqual([]);
      },
      { timeout: 300_000, interval: 500 },
    );
  }, 600_000);

  it(
    'when influence runs concurrently or on an empty window, ' + 'then calls do not collide and empty is empty',
    async () => {
      const q = typed(
        `query OpsInfluenceTop3 { influence(from: "2026-01-01", to: "2026-02-28", first: 3) { rank entity { id } } }`,
      );
      const results = await Promise.all([1, 2, 3].map(() => graphql(sample.api, q)));
      for (const r of results) expect(r.body.errors).toBeUndefined();
      expect(new Set(results.map((r) => JSON.stringify(r.body.data))).size).toBe(1);
      const empty = await graphql(
        sample.api,
        typed(`query OpsInfluenceEmpty { influence(from: "1990-01-01", to: "1990-12-31") { rank } }`),
      );
      expect(dataOf(empty.body).influence).toEqual([]);
    },
  );

  it(
    'when Rubio and Reuters are connected, ' +
      'then at least one path has dated edges with sources; maxHops is validated',
    async () => {
      const { body } = await graphql(
        sample.api,
        typed(`query OpsRubioToReuters { connections(from: "person:marco-rubio", to: "org:reuters") {
      length edges { from { id } to { id } relation when { edtf earliest } sources { start end document {
      id } } } } }`),
      );
      expect(body.errors).toBeUndefined();
      const paths = dataOf(body).connections;
      expect(paths.length).toBeGreaterThan(0);
      expect(
        paths.some((p) => p.edges.some((e) => e.when?.earliest) && p.edges.every((e) => e.sources.length > 0)),
      ).toBe(true);
      // each step lists a source span once, however many facts of that sentence it goes through
      for (const e of paths.flatMap((p) => p.edges)) {
        const spans = e.sources.map((s) => `${s.document.id}|${s.start}|${s.end}`);
        expect(new Set(spans).size, spans.join(', ')).toBe(spans.length);
      }
      expect(paths[0]?.edges[0]?.from.id).toBe('person:marco-rubio');
      expect(paths[0]?.edges.at(-1)?.to.id).toBe('org:reuters');
      const tooMany = await graphql(
        sample.api,
        typed(
          `query OpsConnectionsFiveHops { connections(from: "person:marco-rubio", to: "org:reuters", maxHops: 5) {
            length } }`,
        ),
      );
      expect(tooMany.body.errors?.[0]?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
      const zero = await graphql(
        sample.api,
        typed(
          `query OpsConnectionsZeroHops { connections(from: "person:marco-rubio", to: "org:reuters", maxHops: 0) {
            length } }`,
        ),
      );
      expect(zero.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'maxHops' });
    },
  );

  it('when coMentions and activity are asked, then they count, and too many buckets is QUERY_TOO_COMPLEX', async () => {
    const c = await graphql(
      sample.api,
      typed(
        `query OpsRubioCoMentions { coMentions(entityId: "person:marco-rubio", first: 5) {
          count firstSeen lastSeen entity { id } documents { id } } }`,
      ),
    );
    expect(c.body.errors).toBeUndefined();
    const coMentions = dataOf(c.body).coMentions;
    expect(coMentions.length).toBeGreaterThan(0);
    for (const m of coMentions) expect(m.documents.length).toBe(m.count);
    const a = await graphql(
      sample.api,
      typed(
        `query OpsNatoActivity { activity(entityIds: ["org:nato"], from: "2026-01-01", to: "2026-03-31",
          bucket: MONTH) { start end total reports coarser } }`,
      ),
    );
    expect(a.body.errors).toBeUndefined();
    const activity = dataOf(a.body).activity;
    expect(activity.map((b) => b.start)).toEqual(['2026-01-01', '2026-02-01', '2026-03-01']);
    expect(activity[0]?.reports).toBeGreaterThan(0);
    const big = await graphql(
      sample.api,
      typed(
        `query OpsNatoDailyActivity { activity(entityIds: ["org:nato"], from: "1900-01-01", to: "2026-03-31",
          bucket: DAY) { start } }`,
      ),
    );
    expect(big.body.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
  });

  it('when every example operation in docs/queries runs, then none fails and each returns data', async () => {
    const dir = path.join(projectRoot(), 'docs', 'queries');
    const files = (await readdir(dir)).filter((f) => f.endsWith('.graphql'));
    expect(files.length).toBeGreaterThanOrEqual(5);
    for (const f of files) {
      const { body } = await graphql(sample.api, await readFile(path.join(dir, f), 'utf8'));
      expect(body.errors, f).toBeUndefined();
      expect(
        Object.values(dataOf(body) as Record<string, unknown>).every((v) => v !== null),
        f,
      ).toBe(true);
    }
    if (!sample.seed) console.warn('seed missing: docs examples ran on the sample corpus only');
  });
});

describe('errors outside the domain', () => {
  it(
    'when the Cypher registry lacks a statement, ' + 'then the client gets INTERNAL_SERVER_ERROR without a stack',
    async () => {
      const real = await openTestDatabase();
      const empty = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-empty-cypher-'));
      const db = new Database(real.driver, real.name, await CypherRegistry.load(empty), 5000);
      const api = await startTestApi(db);
      try {
        const { body } = await graphql(api, typed(`query OpsNatoId { entity(id: "org:nato") { id } }`));
        expect(body.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
        expect(body.errors?.[0]?.extensions).not.toHaveProperty('stacktrace');
      } finally {
        await api.stop();
        await real.close();
      }
    },
  );

  it('when Neo4j cannot be reached, then timeline fails with DATABASE_UNAVAILABLE', async () => {
    const port = await freePort();
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'x'), {
      connectionTimeout: 1000,
      maxTransactionRetryTime: 500,
      logging: { level: 'error', logger: () => {} },
    });
    const real = await openTestDatabase();
    const db = new Database(driver, 'neo4j', real.queries, 2000);
    await real.close();
    const api = await startTestApi(db);
    try {
      const { body } = await graphql(
        api,
        typed(`query OpsNatoTimelineCount { timeline(entityIds: ["org:nato"]) { totalCount } }`),
      );
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await api.stop();
      await db.close();
    }
  });
});
