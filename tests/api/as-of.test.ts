import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { typed } from '../gql/gql.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase } from '../support/test-database.ts';

// Knowledge time on the sample corpus plus the seed article (published 2026-02-17): with asOf
// 2026-02-10 nothing of the seed article may show (no fact it alone supports, none of its sources);
// from 2026-02-17 on it does. Sample articles are published 2026-01-16, 02-10, 02-16, 02-17, 02-20.
const EARLY = '2026-02-10';
const SEED_DAY = '2026-02-17';

type Source = { document: { id: string; publishedAt: string | null; knownSince: string | null } };

describe('asOf (knowledge time) beyond the timeline', () => {
  let db: Database;
  let api: RunningApi;
  let seedId: string | null = null;
  /** ids of the facts only the seed article supports (quotes, claims, events, reports, roles) */
  let seedOnly: Set<string>;
  /**
   * ids of the quotes the sample corpus supports: the listings below are global, and other test
   * files add and delete quotes of their own meanwhile, so the assertions keep to these
   */
  let sampleQuotes: Set<string>;
  const ofSample = <T extends { node: { id: string } }>(edges: T[]): T[] =>
    edges.filter((e) => sampleQuotes.has(e.node.id));
  beforeAll(async () => {
    db = await openTestDatabase();
    const sample = await loadSampleCorpus(db);
    seedId = sample.seedDocumentId;
    sampleQuotes = new Set(
      (
        await db.raw('MATCH (d:Document)<-[:SOURCED_FROM]-(q:Quote) WHERE d.id IN $ids RETURN DISTINCT q.id AS id', {
          ids: sample.documentIds,
        })
      ).map((r) => r.id as string),
    );
    api = await startTestApi(db);
    const facts = await db.raw(
      `MATCH (d:Document {id: $id})<-[:SOURCED_FROM]-(f)
       WHERE NOT EXISTS { MATCH (f)-[:SOURCED_FROM]->(o:Document) WHERE o <> d }
       RETURN f.id AS id
       UNION
       MATCH ()-[r:HELD_ROLE]->() WHERE r.sourceDocs = [$id] RETURN r.id AS id`,
      { id: seedId },
    );
    seedOnly = new Set(facts.map((f) => f.id as string));
  });
  afterAll(async () => {
    await api.stop();
    await db.close();
  });

  /** Every source is known by asOf, and none is the seed article unless asOf reaches its publication day. */
  function expectKnownBy(sources: Source[], asOf: string) {
    for (const s of sources) {
      expect(s.document.knownSince! <= asOf, `${s.document.id} known since ${s.document.knownSince}`).toBe(true);
      if (asOf < SEED_DAY) expect(s.document.id).not.toBe(seedId);
    }
  }

  it('the seed article is loaded and supports facts of its own', () => {
    if (!seedId) return console.warn('seed missing: the asOf tests have nothing to tell apart');
    expect(seedOnly.size).toBeGreaterThan(0);
  });

  describe('quotes', () => {
    const QUOTES = typed(`query AsOfQuotes($asOf: Date, $speaker: ID) { quotes(filter: {
        asOf: $asOf, speakerId: $speaker }, first: 100) {
      totalCount edges { node { id knownSince sources { document { id publishedAt knownSince } } } } } }`);
    const quotesAsOf = async (asOf: string | null, speaker: string | null = null) => {
      const { body } = await graphql(api, QUOTES, { asOf, speaker });
      expect(body.errors).toBeUndefined();
      const quotes: {
        totalCount: number;
        edges: { node: { id: string; knownSince: string | null; sources: Source[] } }[];
      } = dataOf(body).quotes;
      return quotes;
    };

    it(
      `when asOf is ${EARLY}, ` +
        `then no quote of the seed article and none of its sources appear; from ${SEED_DAY} on they do`,
      async () => {
        if (!seedId) return;
        const early = await quotesAsOf(EARLY);
        expect(ofSample(early.edges).length).toBeGreaterThan(0);
        expect(early.edges).toHaveLength(Math.min(early.totalCount, 100));
        for (const { node } of ofSample(early.edges)) {
          expect(node.knownSince! <= EARLY).toBe(true);
          expect(seedOnly.has(node.id)).toBe(false);
          expect(node.sources.length).toBeGreaterThan(0);
          expectKnownBy(node.sources, EARLY);
        }
        const late = await quotesAsOf(SEED_DAY);
        expect(ofSample(late.edges).length).toBeGreaterThan(ofSample(early.edges).length);
        const lateIds = late.edges.map((e) => e.node.id);
        expect(lateIds).toEqual(expect.arrayContaining(ofSample(early.edges).map((e) => e.node.id)));
        const seedQuotes = [...seedOnly].filter((id) => id.startsWith('quote:'));
        expect(seedQuotes.length).toBeGreaterThan(0);
        expect(lateIds).toEqual(expect.arrayContaining(seedQuotes));
        expect(late.edges.some((e) => e.node.sources.some((s) => s.document.id === seedId))).toBe(true);
        for (const { node } of ofSample(late.edges)) expectKnownBy(node.sources, SEED_DAY);
      },
    );

    it(
      'when a quote printed on 02-16 and again by the seed article is asked as of 02-16, ' +
        'then it shows only the earlier source',
      async () => {
        if (!seedId) return;
        const all = await quotesAsOf(null);
        const reprinted = ofSample(all.edges).filter(
          (e) =>
            e.node.sources.some((s) => s.document.id === seedId) &&
            e.node.sources.some((s) => s.document.knownSince! < SEED_DAY),
        );
        expect(reprinted.length).toBeGreaterThan(0);
        const asOf = '2026-02-16';
        const then = await quotesAsOf(asOf);
        for (const r of reprinted) {
          const q = then.edges.find((e) => e.node.id === r.node.id);
          expect(q, r.node.id).toBeDefined();
          expect(q!.node.sources.length).toBe(
            r.node.sources.length - r.node.sources.filter((s) => s.document.knownSince! > asOf).length,
          );
          expectKnownBy(q!.node.sources, asOf);
          expect(q!.node.sources.map((s) => s.document.id)).not.toContain(seedId);
        }
      },
    );

    it(
      `when Marco Rubio's quotes are asked as of ${EARLY}, ` +
        'then there are none yet ' +
        '(and that is not an error)',
      async () => {
        const early = await quotesAsOf(EARLY, 'person:marco-rubio');
        expect(early).toEqual({ totalCount: 0, edges: [] });
        const late = await quotesAsOf(SEED_DAY, 'person:marco-rubio');
        expect(late.totalCount).toBeGreaterThan(0);
      },
    );
  });

  describe('activity', () => {
    const ACTIVITY = typed(`query AsOfActivity($ids: [ID!]!, $asOf: Date, $bucket: Bucket! = DAY) {
        activity(entityIds: $ids, from: "2026-02-01", to: "2026-02-28", bucket: $bucket, asOf: $asOf) {
      start total quotes claims events reports roleChanges coarser } }`);
    const day = async (ids: string[], asOf: string | null, date: string) => {
      const { body } = await graphql(api, ACTIVITY, { ids, asOf });
      expect(body.errors).toBeUndefined();
      expect(dataOf(body).activity).toHaveLength(28);
      return dataOf(body).activity.find((b) => b.start === date);
    };

    it(
      `when activity around Rubio and NATO is counted as of ${EARLY}, ` +
        `then the seed article's press-conference day counts nothing; as of ${SEED_DAY} it counts its quotes`,
      async () => {
        const ids = ['person:marco-rubio', 'org:nato'];
        const early = await day(ids, EARLY, '2026-02-15');
        expect(early).toMatchObject({ total: 0, quotes: 0, claims: 0, events: 0, coarser: 0 });
        const dayBefore = await day(ids, '2026-02-16', '2026-02-15');
        const late = await day(ids, SEED_DAY, '2026-02-15');
        expect(dayBefore?.quotes).toBeGreaterThan(0);
        expect(late?.quotes).toBeGreaterThan(dayBefore!.quotes);
        // the same count the timeline gives for that day with the same asOf, seed quotes included
        const { body } = await graphql(
          api,
          typed(`query AsOfSeedDayQuotes($asOf: Date) { timeline(entityIds: ["person:marco-rubio",
            "org:nato"], from: "2026-02-15", to: "2026-02-15", kinds: [QUOTE], asOf: $asOf, first: 100) {
        edges { when { precision } node { ... on Quote { id sources { document {
        id publishedAt knownSince } } } } } } }`),
          { asOf: SEED_DAY },
        );
        const dayQuotes = dataOf(body).timeline.edges.filter((e) => e.when?.precision === 'DAY');
        expect(late?.quotes).toBe(dayQuotes.length);
        expect(
          dayQuotes.some((e) => 'sources' in e.node && e.node.sources.some((s) => s.document.id === seedId)) || !seedId,
        ).toBe(true);
      },
    );

    it(
      `when activity is asked for an entity the record did not know yet as of ${EARLY}, ` +
        'then every bucket is zero, not NOT_FOUND',
      async () => {
        for (const [bucket, n] of [
          ['DAY', 28],
          ['WEEK', 5],
          ['MONTH', 1],
          ['YEAR', 1],
        ] as const) {
          const early = await graphql(api, ACTIVITY, { ids: ['person:marco-rubio'], asOf: EARLY, bucket });
          expect(early.body.errors, bucket).toBeUndefined();
          expect(dataOf(early.body).activity, bucket).toHaveLength(n);
          expect(
            dataOf(early.body).activity.every((b) => b.total === 0 && b.coarser === 0),
            bucket,
          ).toBe(true);
        }
        // the same question without asOf has answers, so the zeros above are the asOf at work
        const now = await graphql(api, ACTIVITY, { ids: ['person:marco-rubio'], asOf: null });
        expect(dataOf(now.body).activity.some((b) => b.total > 0)).toBe(true);
        // the timeline answers the same question with an empty list
        const t = await graphql(
          api,
          typed(
            `query AsOfEarlyTimeline($asOf: Date) { timeline(entityIds: ["person:marco-rubio"], asOf: $asOf) {
              totalCount edges { cursor } } }`,
          ),
          { asOf: EARLY },
        );
        expect(t.body.errors).toBeUndefined();
        expect(dataOf(t.body).timeline).toEqual({ totalCount: 0, edges: [] });
        // an id that names nothing is still NOT_FOUND
        const none = await graphql(api, ACTIVITY, { ids: ['person:nobody-at-all'], asOf: EARLY });
        expect(none.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
      },
    );
  });

  describe('influence', () => {
    const INFLUENCE =
      typed(`query AsOfInfluence($asOf: Date) { influence(from: "2026-01-01", to: "2026-02-28", asOf: $asOf,
        first: 20) {
      rank entity { id } why { edges { from { id } to { id } via { __typename ... on Node { id } } sources {
      document { id publishedAt knownSince } } } } } }`);
    const influenceAsOf = async (asOf: string | null) => {
      const { body } = await graphql(api, INFLUENCE, { asOf });
      expect(body.errors).toBeUndefined();
      const influence: {
        rank: number;
        entity: { id: string };
        why: { edges: { via: { id: string }[]; sources: Source[] }[] }[];
      }[] = dataOf(body).influence;
      return influence;
    };

    it(
      `when influence is computed as of ${EARLY}, ` +
        `then no fact or source of the seed article is behind any score; as of ${SEED_DAY} they are`,
      async () => {
        const early = await influenceAsOf(EARLY);
        expect(early.length).toBeGreaterThan(0);
        // everything Marco Rubio said or held was published from 2026-02-16 on
        expect(early.map((s) => s.entity.id)).not.toContain('person:marco-rubio');
        const earlyEdges = early.flatMap((s) => s.why.flatMap((w) => w.edges));
        expect(earlyEdges.length).toBeGreaterThan(0);
        for (const e of earlyEdges) {
          for (const v of e.via) expect(seedOnly?.has(v.id) ?? false, v.id).toBe(false);
          expectKnownBy(e.sources, EARLY);
        }
        const late = await influenceAsOf(SEED_DAY);
        expect(late.map((s) => s.entity.id)).toContain('person:marco-rubio');
        const lateEdges = late.flatMap((s) => s.why.flatMap((w) => w.edges));
        for (const e of lateEdges) expectKnownBy(e.sources, SEED_DAY);
        if (!seedId) return;
        expect(lateEdges.some((e) => e.sources.some((s) => s.document.id === seedId))).toBe(true);
      },
    );
  });

  describe('connections', () => {
    const CONNECTIONS =
      typed(`query AsOfConnections($asOf: Date) { connections(from: "person:marco-rubio", to: "org:reuters",
        asOf: $asOf) {
      length edges { from { id } to { id } relation when { earliest } via { __typename ... on Node { id } }
      sources { document { id publishedAt knownSince } } } } }`);
    const connectionsAsOf = async (asOf: string | null) => {
      const { body } = await graphql(api, CONNECTIONS, { asOf });
      expect(body.errors).toBeUndefined();
      const connections: { length: number; edges: { via: { id: string }[]; sources: Source[] }[] }[] =
        dataOf(body).connections;
      return connections;
    };

    it(
      `when Rubio and Reuters are connected as of ${EARLY}, ` +
        'then there is no path yet (nothing about Rubio was published)',
      async () => {
        expect(await connectionsAsOf(EARLY)).toEqual([]);
      },
    );

    it(
      'when they are connected as of 2026-02-16, ' +
        `then paths exist without the seed article; as of ${SEED_DAY} the seed article supports one`,
      async () => {
        const before = await connectionsAsOf('2026-02-16');
        expect(before.length).toBeGreaterThan(0);
        for (const p of before) {
          for (const e of p.edges) {
            expect(e.sources.length).toBeGreaterThan(0);
            expectKnownBy(e.sources, '2026-02-16');
            if (seedId) expect(e.sources.map((s) => s.document.id)).not.toContain(seedId);
            for (const v of e.via) expect(seedOnly?.has(v.id) ?? false, v.id).toBe(false);
          }
        }
        const after = await connectionsAsOf(SEED_DAY);
        expect(after.length).toBeGreaterThanOrEqual(before.length);
        for (const p of after) for (const e of p.edges) expectKnownBy(e.sources, SEED_DAY);
        if (!seedId) return console.warn('seed missing: skipping the seed path assertion');
        expect(after.some((p) => p.edges.some((e) => e.sources.some((s) => s.document.id === seedId)))).toBe(true);
        expect(after.some((p) => p.edges.some((e) => e.via.some((v) => seedOnly.has(v.id))))).toBe(true);
      },
    );
  });
});
