import path from 'node:path';
import type { Plan } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { useSampleApi } from '../support/sample-api.ts';
import { typed } from '../gql/gql.ts';
import type { SpeakerQuotesPageQueryVariables, TimelinePageQueryVariables } from '../gql/graphql.ts';
import { dataOf, graphql } from '../support/test-api.ts';
import { testScope } from '../support/test-database.ts';

const TIMELINE =
  typed(`query TimelinePage($ids: [ID!]!, $from: Date, $to: Date, $asOf: Date, $first: Int, $after: String,
    $kinds: [TimelineKind!]) {
  timeline(entityIds: $ids, from: $from, to: $to, asOf: $asOf, first: $first, after: $after, kinds: $kinds) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { cursor when { edtf earliest latest precision }
      node { __typename
        ... on Quote { id text speaker { id name } event { id name when { edtf } } sources {
        start end excerpt document { id publishedAt } } }
        ... on Claim { id text sources { document { id publishedAt } } }
        ... on Report { id cue publisher { id name } sources { start end document { id publishedAt } } }
        ... on Event { id name sources { document { id publishedAt } } }
        ... on RoleChange { id role person { id } organization { id } sources { document { id publishedAt } } }
      } }
    undated { __typename ... on Quote { id said { edtf precision } } ... on Report { id when {
    edtf precision } } ... on Claim { id } ... on Event { id } ... on RoleChange { id } }
  }
}`);

const SPEAKER_QUOTES_PAGE = typed(
  `query SpeakerQuotesPage($id: ID!, $from: Date, $to: Date, $after: String) { quotes(filter: {
    speakerId: $id, from: $from, to: $to }, first: 2, after: $after) { totalCount pageInfo {
    hasNextPage endCursor } edges { node { id } } } }`,
);

describe('timeline', () => {
  const sample = useSampleApi();

  it(
    "when Rubio's timeline for February 2026 is asked, " +
      'then it lists the press conference of 2026-02-15 with both seed quotes and their spans',
    async () => {
      const { body } = await graphql(sample.api, TIMELINE, {
        ids: ['person:marco-rubio'],
        from: '2026-02-01',
        to: '2026-02-28',
        first: 100,
      });
      expect(body.errors).toBeUndefined();
      const edges = dataOf(body).timeline.edges;
      expect(edges.length).toBeGreaterThan(0);
      // a role without an end (latest null) holds until further notice
      for (const e of edges)
        expect((e.when!.latest ?? '9999-12-31') >= '2026-02-01' && e.when!.earliest! <= '2026-02-28').toBe(true);
      const quotes = edges.flatMap((e) =>
        e.node.__typename === 'Quote' && e.when?.edtf === '2026-02-15' ? [{ ...e, node: e.node }] : [],
      );
      expect(quotes.length).toBeGreaterThanOrEqual(2);
      expect(quotes.every((q) => q.node.event?.when?.edtf === '2026-02-15')).toBe(true);
      if (!sample.seed) return console.warn('seed missing: skipping the seed quote assertions');
      const seedQuotes = quotes.filter((q) =>
        q.node.sources.some(
          (s) => s.document.publishedAt === '2026-02-17' && /verlassen die NATO nicht|Vasall/.test(s.excerpt ?? ''),
        ),
      );
      expect(seedQuotes.length).toBeGreaterThanOrEqual(2);
      for (const q of seedQuotes) {
        const s = q.node.sources.find((x) => /Vasall|verlassen die NATO/.test(x.excerpt!));
        expect(s!.end).toBeGreaterThan(s!.start!);
        expect(s!.excerpt).toBe(q.node.text);
      }
    },
  );

  it(
    "when NATO's timeline is asked, " + 'then the January 2026 month-precision reports come before the February items',
    async () => {
      const { body } = await graphql(sample.api, TIMELINE, {
        ids: ['org:nato'],
        from: '2026-01-01',
        to: '2026-02-28',
        first: 100,
      });
      expect(body.errors).toBeUndefined();
      const edges = dataOf(body).timeline.edges;
      const janReports = edges
        .map((e, i) => ({ e, i }))
        .filter(({ e }) => e.node.__typename === 'Report' && e.when?.edtf === '2026-01');
      expect(janReports.length).toBeGreaterThan(0);
      expect(janReports[0]!.e.when?.precision).toBe('MONTH');
      const firstFeb = edges.findIndex((e) => e.when!.earliest! >= '2026-02-01');
      expect(firstFeb).toBeGreaterThan(Math.max(...janReports.map((j) => j.i)));
      // ordering: earliest ascending, then the longer span first
      for (let i = 1; i < edges.length; i++) {
        const [a, b] = [edges[i - 1]!.when!, edges[i]!.when!];
        expect(a.earliest! <= b.earliest!).toBe(true);
        if (a.earliest === b.earliest) expect((a.latest ?? '9999-12-31') >= (b.latest ?? '9999-12-31')).toBe(true);
      }
    },
  );

  it(
    'when a timeline asks for what its items point at, ' +
      'then the page statement brings it along and it equals what node(id) resolves through the loaders',
    async () => {
      const seen = { speaker: 0, event: 0, publisher: 0, person: 0 };
      for (const id of ['org:nato', 'person:marco-rubio']) {
        const names: string[] = [];
        const off = sample.db.onQuery((e) => names.push(e.name));
        const { body } = await graphql(
          sample.api,
          typed(`query TimelinePointers($ids: [ID!]!) { timeline(entityIds: $ids, first: 100) {
        edges { node { __typename
          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {
          id name kind aliases } sources { start document { id } } } }
          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }
          ... on Report { id publisher { id name kind aliases } }
          ... on Event { id place { id name kind aliases } }
          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }
        undated { __typename
          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {
          id name kind aliases } sources { start document { id } } } }
          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }
          ... on Report { id publisher { id name kind aliases } }
          ... on Event { id place { id name kind aliases } }
          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } } }`),
          { ids: [id] },
        );
        off();
        expect(body.errors).toBeUndefined();
        expect(names).toEqual(['timeline/timeline-page']);
        const nodes = [...dataOf(body).timeline.edges.map((e) => e.node), ...dataOf(body).timeline.undated];
        expect(nodes.length).toBeGreaterThan(0);
        for (const node of nodes) {
          const { body: one } = await graphql(
            sample.api,
            typed(`query TimelinePointersOfNode($id: ID!) { node(id: $id) { __typename
          ... on Quote { id speaker { id name kind aliases } event { id name when { edtf } place {
          id name kind aliases } sources { start document { id } } } }
          ... on Claim { id speaker { id name kind aliases } about { id name kind aliases } }
          ... on Report { id publisher { id name kind aliases } }
          ... on Event { id place { id name kind aliases } }
          ... on RoleChange { id person { id name kind aliases } organization { id name kind aliases } } } }`),
            { id: node.id },
          );
          expect(one.errors).toBeUndefined();
          expect(node).toEqual(dataOf(one).node);
          const fields = new Map(Object.entries(node));
          for (const k of Object.keys(seen) as (keyof typeof seen)[]) if (fields.get(k)) seen[k]++;
        }
      }
      // every kind of pointer was followed at least once, so the comparison covered each
      for (const n of Object.values(seen)) expect(n).toBeGreaterThan(0);
    },
  );

  it('when a ranged timeline is asked, then items without a known year are only in undated', async () => {
    const { body } = await graphql(sample.api, TIMELINE, { ids: ['org:nato'], from: '2026-01-01', to: '2026-12-31' });
    const edges = dataOf(body).timeline.edges;
    expect(edges.every((e) => e.when!.precision !== 'UNKNOWN_YEAR' && e.when!.earliest)).toBe(true);
    const undated = dataOf(body).timeline.undated;
    expect(undated.length).toBeGreaterThan(0);
    expect(
      undated.some(
        (u) => (('said' in u ? u.said : undefined) ?? ('when' in u ? u.when : undefined))?.precision === 'UNKNOWN_YEAR',
      ),
    ).toBe(true);
  });

  it("when asOf is 2026-02-10, then none of the seed article's facts or sources appear", async () => {
    const { body } = await graphql(sample.api, TIMELINE, {
      ids: ['person:marco-rubio', 'org:nato'],
      asOf: '2026-02-10',
      first: 100,
    });
    expect(body.errors).toBeUndefined();
    const docs = dataOf(body).timeline.edges.flatMap((e) => (e.node.sources ?? []).map((s) => s.document.publishedAt));
    expect(docs.every((d) => d! <= '2026-02-10')).toBe(true);
    expect(
      dataOf(body).timeline.edges.some((e) => e.node.__typename === 'Quote' && e.when!.edtf === '2026-02-15'),
    ).toBe(false);
  });

  it('when paging with first 3, then the pages chain by cursor without gaps or repeats', async () => {
    const all = await graphql(sample.api, TIMELINE, { ids: ['org:nato'], first: 100 });
    const ids = dataOf(all.body).timeline.edges.map((e) => e.node.id);
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const variables: TimelinePageQueryVariables = { ids: ['org:nato'], first: 3, after };
      const { body } = await graphql(sample.api, TIMELINE, variables);
      const t = dataOf(body).timeline;
      seen.push(...t.edges.map((e) => e.node.id));
      expect(t.pageInfo.hasPreviousPage).toBe(after !== null);
      pages++;
      if (!t.pageInfo.hasNextPage) break;
      after = t.pageInfo.endCursor;
    }
    expect(seen).toEqual(ids);
    expect(pages).toBe(Math.ceil(ids.length / 3));
  });

  it(
    'when first is 101 or the cursor is forged or a date is impossible, ' + 'then BAD_USER_INPUT names the field',
    async () => {
      const a = await graphql(sample.api, TIMELINE, { ids: ['org:nato'], first: 101 });
      expect(a.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
      const b = await graphql(sample.api, TIMELINE, { ids: ['org:nato'], after: 'not-a-cursor' });
      expect(b.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
      const c = await graphql(sample.api, TIMELINE, { ids: ['org:nato'], from: '2026-02-30' });
      expect(c.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
      const literal = await graphql(
        sample.api,
        typed(`query TimelineImpossibleTo { timeline(entityIds: ["org:nato"], to: "2026-02-30") { totalCount } }`),
      );
      expect(literal.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
      const d = await graphql(
        sample.api,
        typed(
          `query TimelineReversedWindow { timeline(entityIds: ["org:nato"], from: "2026-03-01", to: "2026-02-01") {
            totalCount } }`,
        ),
      );
      expect(d.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    },
  );

  it('when an unknown entity is asked, then NOT_FOUND', async () => {
    const { body } = await graphql(sample.api, TIMELINE, { ids: ['person:nobody-ünïcode-名前'] });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('when the window holds nothing, then the edges are empty and totalCount is 0', async () => {
    const { body } = await graphql(sample.api, TIMELINE, { ids: ['org:nato'], from: '1990-01-01', to: '1990-12-31' });
    expect(body.errors).toBeUndefined();
    expect(dataOf(body).timeline).toMatchObject({
      totalCount: 0,
      edges: [],
      pageInfo: { hasNextPage: false, endCursor: null },
    });
  });

  describe('with one invented speaker quoted at every date precision around a short window', () => {
    // Written straight into the graph for this test (no article says these things), dated 2015-2017 and
    // named after the test's scope, so no other test file sees them; deleted afterwards. The window is
    // 2017-06-05..2017-06-20; every quote but two overlaps it while starting before it.
    const scope = testScope('spans').toLowerCase();
    const speakerId = `person:${scope}`;
    const quotes = [
      {
        n: 'day-in',
        edtf: '2017-06-10',
        earliest: '2017-06-10',
        latest: '2017-06-10',
        precision: 'day',
        overlaps: true,
      },
      {
        n: 'day-before',
        edtf: '2017-06-04',
        earliest: '2017-06-04',
        latest: '2017-06-04',
        precision: 'day',
        overlaps: false,
      },
      { n: 'month', edtf: '2017-06', earliest: '2017-06-01', latest: '2017-06-30', precision: 'month', overlaps: true },
      {
        n: 'month-before',
        edtf: '2017-05',
        earliest: '2017-05-01',
        latest: '2017-05-31',
        precision: 'month',
        overlaps: false,
      },
      { n: 'year', edtf: '2017', earliest: '2017-01-01', latest: '2017-12-31', precision: 'year', overlaps: true },
      {
        n: 'range',
        edtf: '2015-03-01/2017-06-30',
        earliest: '2015-03-01',
        latest: '2017-06-30',
        precision: 'range',
        overlaps: true,
      },
      // an undated quote that a later article dated keeps its precision (ingest/merge-quotes)
      {
        n: 'dated-later',
        edtf: 'XXXX-06-12',
        earliest: '2017-06-12',
        latest: '2017-06-12',
        precision: 'unknown-year',
        overlaps: true,
      },
    ].map((q) => ({ ...q, id: `quote:${scope}-${q.n}` }));
    const edgesOf = async (variables: { from?: string; to?: string }) => {
      const { body } = await graphql(
        sample.api,
        typed(
          `query TimelineOfSpeaker($id: ID!, $from: Date, $to: Date) {
            timeline(entityIds: [$id], from: $from, to: $to, first: 100) { totalCount edges { node {
            ... on Quote { id } } } } }`,
        ),
        { id: speakerId, ...variables },
      );
      expect(body.errors).toBeUndefined();
      const timeline: { totalCount: number; edges: { node: { id?: string } }[] } = dataOf(body).timeline;
      return timeline;
    };

    beforeAll(async () => {
      await sample.db.raw(
        `CREATE (p:Entity:Person {id: $speakerId, kind: 'PERSON', name: $name, knownSince: date('2018-01-01')})
        WITH p UNWIND $quotes AS q
        CREATE (p)-[:SAID]->(:Quote {id: q.id, text: q.n, lang: 'en', kind: 'direct', edtf: q.edtf,
          earliest: date(q.earliest), latest: date(q.latest),
                                     precision: q.precision, knownSince: date('2018-01-01')})`,
        { speakerId, name: `Spans ${scope}`, quotes },
      );
      // written past the loader, so their timeline entries are written as the loader would (one per quote)
      const [refreshed] = await sample.db.query('timeline/refresh-timeline-entries', { ids: quotes.map((q) => q.id) });
      expect(refreshed).toMatchObject({ facts: quotes.length, entries: quotes.filter((q) => q.earliest).length });
    });
    afterAll(async () => {
      await sample.db.raw(
        'MATCH (p:Entity {id: $speakerId}) OPTIONAL MATCH (p)-[:SAID]->(q:Quote) DETACH DELETE p, q',
        { speakerId },
      );
    });

    it(
      'when the window starts inside a month, a year and a long range, ' +
        'then those are found by the ranged timeline, as by the unranged one',
      async () => {
        const ranged = await edgesOf({ from: '2017-06-05', to: '2017-06-20' });
        const expected = quotes
          .filter((q) => q.overlaps)
          .map((q) => q.id)
          .sort();
        expect(ranged.edges.map((e) => e.node.id).sort()).toEqual(expected);
        expect(ranged.totalCount).toBe(expected.length);
        const all = await edgesOf({});
        expect(all.totalCount).toBe(quotes.length);
      },
    );

    it("when only the window's end is given, then everything dated up to it is found", async () => {
      const ranged = await edgesOf({ to: '2017-06-20' });
      expect(ranged.edges.map((e) => e.node.id).sort()).toEqual(quotes.map((q) => q.id).sort());
    });

    it('when the window is one day at the end of the range, then only what spans that day is found', async () => {
      const ranged = await edgesOf({ from: '2017-06-30', to: '2017-06-30' });
      expect(ranged.edges.map((e) => e.node.id).sort()).toEqual([
        `quote:${scope}-month`,
        `quote:${scope}-range`,
        `quote:${scope}-year`,
      ]);
    });

    it(
      'when quotes are filtered by this speaker and a window, ' +
        'then the timeline entries give what a speaker-first read gives, page by page',
      async () => {
        // quotes(filter: {speakerId, from|to}) reads the speaker's entries (quote/quotes-by-speaker-in-range);
        // quote/quotes-by-speaker reads every quote the speaker SAID and filters by date: the oracle here
        for (const window of [
          { from: '2017-06-05', to: '2017-06-20' },
          { from: null, to: '2017-06-20' },
          { from: '2017-06-30', to: '2017-06-30' },
          { from: '2017-06-11', to: null },
        ]) {
          const [oracle] = await sample.db.query('quote/quotes-by-speaker', {
            speakerId,
            aboutId: null,
            ...window,
            text: null,
            lang: null,
            outletId: null,
            asOf: null,
            afterKey: null,
            first: 100,
            includeRetracted: false,
            withRelated: false,
            textDatedOnly: null,
            minConfidence: null,
            methods: null,
          });
          const expected = oracle!.items.filter((i) => i).map((i) => i.id);
          expect(expected.length, JSON.stringify(window)).toBeGreaterThan(0);
          const seen: string[] = [];
          let after: string | null = null;
          for (let page = 0; page < 10; page++) {
            const variables: SpeakerQuotesPageQueryVariables = { id: speakerId, ...window, after };
            const { body } = await graphql(sample.api, SPEAKER_QUOTES_PAGE, variables);
            expect(body.errors).toBeUndefined();
            const quotes = dataOf(body).quotes;
            expect(quotes.totalCount).toBe(oracle!.total);
            seen.push(...quotes.edges.map((e) => e.node.id));
            if (!quotes.pageInfo.hasNextPage) break;
            after = quotes.pageInfo.endCursor;
          }
          expect(seen, JSON.stringify(window)).toEqual(expected);
        }
      },
    );
  });

  describe('with one invented speaker quoted on 60 different days in four invented articles', () => {
    // Written for this test and ingested through src/ingest like any article; deleted afterwards.
    // Dated 2019 and naming nothing of the sample corpus, so other test files (same Neo4j) never see them.
    const scope = testScope('round-trips');
    const tag = `Quell${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
    const speaker = `Ottilie ${tag}`;
    const forum = `${tag} Forum`;
    const urlPrefix = `https://test.quotegraph.invalid/${scope}/`;
    const months = [
      ['03', 'March'],
      ['04', 'April'],
      ['06', 'June'],
      ['07', 'July'],
    ] as const;
    const articles = months.map(([mm, month], k) => ({
      meta: {
        source: `${urlPrefix}${k}`,
        title: `${tag} diary ${k}`,
        url: `${urlPrefix}${k}`,
        outlet: `${tag} Courier`,
        publishedAt: `2019-${mm}-28`,
        lang: 'en',
      },
      body: [
        'Invented text, written for a quotegraph test.',
        `${speaker}, the director of the ${forum}, spoke to reporters almost every day.`,
        ...Array.from(
          { length: 15 },
          (_, i) =>
            `"Invented remark ${k}-${i} about nothing in particular," ${speaker} said on ${i + 1} ${month} 2019.`,
        ),
      ].join('\n\n'),
    }));
    const days = months.flatMap(([mm]) =>
      Array.from({ length: 15 }, (_, i) => `2019-${mm}-${String(i + 1).padStart(2, '0')}`),
    );
    let speakerId = '';
    let documentIds: string[] = [];

    beforeAll(async () => {
      const written = [];
      for (const a of articles) written.push(await ingestDocument(sample.db, a));
      documentIds = written.map((w) => w.documentId);
      const [row] = await sample.db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: speaker });
      speakerId = row?.id as string;
    });
    afterAll(async () => {
      await sample.db.raw(
        'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
        { p: urlPrefix },
      );
      await sample.db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
      const [left] = await sample.db.raw(
        'MATCH (n) WHERE n.url STARTS WITH $p OR n.name CONTAINS $tag OR n.text CONTAINS $tag RETURN count(n) AS n',
        { p: urlPrefix, tag },
      );
      expect(left!.n).toBe(0);
    });

    it('when the ingested articles are read back, then the speaker has 60 dated quotes and a role', async () => {
      expect(speakerId).toMatch(/^person:/);
      const [row] = await sample.db.raw(
        'MATCH (p:Person {id: $id}) RETURN COUNT { (p)-[:SAID]->(q:Quote) WHERE q.earliest IS NOT NULL } ' +
          'AS quotes, COUNT { (p)-[:HELD_ROLE]->() } AS roles',
        { id: speakerId },
      );
      expect(row).toEqual({ quotes: 60, roles: expect.any(Number) });
      expect(row!.roles).toBeGreaterThan(0);
    });

    it(
      'when a 50-item timeline is resolved down to quote → speaker → roles → sources, ' +
        'then all 50 resolve in two Cypher round trips',
      async () => {
        let count = 0;
        const names: string[] = [];
        const off = sample.db.onQuery((e) => {
          count++;
          names.push(e.name);
        });
        const { body } = await graphql(
          sample.api,
          typed(`query TimelineRoundTrips($id: ID!) { timeline(entityIds: [$id], kinds: [QUOTE], first: 50) {
        totalCount pageInfo { hasNextPage }
        edges { when { earliest } node { __typename ... on Quote { id text
          speaker { id name roles { role when { edtf } sources { start end document { id title } } } }
          sources { start end excerpt document { id } } } } } } }`),
          { id: speakerId },
        );
        off();
        console.info(`round trips: ${count} (${names.join(', ')})`);
        expect(body.errors).toBeUndefined();
        const t = dataOf(body).timeline;
        expect(t.totalCount).toBe(60);
        expect(t.pageInfo.hasNextPage).toBe(true);
        const edges = t.edges;
        expect(edges).toHaveLength(50);
        // in order, one quote per day: the first 50 of the 60 days
        expect(edges.map((e) => e.when?.earliest)).toEqual(days.slice(0, 50));
        expect(new Set(edges.map((e) => ('id' in e.node ? e.node.id : undefined))).size).toBe(50);
        for (const { node } of edges) {
          expect(node.__typename).toBe('Quote');
          if (node.__typename !== 'Quote') continue; // (the expectation above has failed)
          expect(node.text).toMatch(/^Invented remark \d-\d+ about nothing in particular,$/);
          expect(node.sources).toHaveLength(1);
          expect(documentIds).toContain(node.sources[0]?.document.id);
          expect(node.sources[0]?.excerpt).toBe(node.text);
          expect(node.speaker).toMatchObject({ id: speakerId, name: speaker });
          expect(node.speaker?.roles.length).toBeGreaterThan(0);
          for (const role of node.speaker!.roles) {
            expect(role.role).toContain(forum);
            expect(role.when?.edtf).toMatch(/^2019-0[3-7]-28$/);
            expect(role.sources.length).toBeGreaterThan(0);
            for (const s of role.sources) {
              expect(documentIds).toContain(s.document.id);
              expect(s.document.title).toContain(tag);
              expect(s.end).toBeGreaterThan(s.start!);
            }
          }
        }
        // the speaker comes with the page; only the roles take a second statement
        expect(names).toEqual(['timeline/timeline-page', 'entity/roles-of-entities']);
      },
    );

    it(
      "when the speaker's and the forum's timelines are asked for role changes, then each lists exactly the " +
        'HELD_ROLE relations at its end in the window, as an entity-first read finds them',
      async () => {
        const [office] = await sample.db.raw(
          'MATCH (:Entity {id: $id})-[:HELD_ROLE]->(o:Entity) RETURN DISTINCT o.id AS id',
          { id: speakerId },
        );
        expect(office?.id).toMatch(/^org:/);
        const q = typed(`query TimelineRoleChanges($id: ID!, $from: Date, $to: Date) {
            timeline(entityIds: [$id], from: $from, to: $to, kinds: [ROLE_CHANGE], first: 100) {
        totalCount edges { when { earliest } node { ... on RoleChange { id person { id } organization {
        id } } } } } }`);
        // the whole year, then a window that cuts the first and the last article's role (2019-03-28, 2019-07-28) off
        for (const [from, to] of [
          ['2019-01-01', '2019-12-31'],
          ['2019-04-01', '2019-06-30'],
        ] as const) {
          for (const id of [speakerId, office!.id as string]) {
            const expected = (
              await sample.db.raw(
                `MATCH (:Entity {id: $id})-[r:HELD_ROLE]-(:Entity) WHERE r.earliest <= date($to)
                  AND r.latest >= date($from)
             RETURN r.id AS id ORDER BY r.earliest, r.id`,
                { id, from, to },
              )
            ).map((r) => r.id);
            expect(expected.length, `${id} ${from}`).toBe(from === '2019-01-01' ? 4 : 2);
            const { body } = await graphql(sample.api, q, { id, from, to });
            expect(body.errors).toBeUndefined();
            const edges = dataOf(body).timeline.edges;
            expect(
              edges.map((e) => ('id' in e.node ? e.node.id : undefined)),
              `${id} ${from}`,
            ).toEqual(expected);
            expect(dataOf(body).timeline.totalCount).toBe(expected.length);
            for (const e of edges)
              expect(e.node).toMatchObject({ person: { id: speakerId }, organization: { id: office!.id } });
          }
        }
      },
    );

    it(
      'when the role relations lose the ids of their ends, ' +
        'then the backfill migration writes them again and a second run changes nothing',
      async () => {
        const ends = () =>
          sample.db.raw(
            'MATCH (a:Entity {id: $id})-[r:HELD_ROLE]->(b) RETURN r.id AS id, r.fromId = a.id AS from, ' +
              'r.toId = b.id AS to ORDER BY id',
            { id: speakerId },
          );
        const before = await ends();
        expect(before.length).toBe(4);
        expect(before.every((r) => r.from === true && r.to === true)).toBe(true);
        await sample.db.raw('MATCH (:Entity {id: $id})-[r:HELD_ROLE]->() REMOVE r.fromId, r.toId', { id: speakerId });
        expect((await ends()).every((r) => r.from === null && r.to === null)).toBe(true);
        const backfill = (await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations'))).find((m) =>
          m.id.endsWith('relation-end-ids'),
        );
        expect(backfill).toBeDefined();
        await sample.db.raw(backfill!.statement, {}, 0);
        expect(await ends()).toEqual(before);
        await sample.db.raw(backfill!.statement, {}, 0);
        expect(await ends()).toEqual(before);
      },
    );
  });

  /** The operators of the EXPLAIN plan of a cypher/ statement (all parameters null), with their details. */
  async function planOf(name: string): Promise<{ op: string; details: string; order: string; leaf: boolean }[]> {
    const q = sample.db.queries.get(name);
    const session = sample.db.driver.session({ database: sample.db.name });
    try {
      const res = await session.run(`EXPLAIN ${q.text}`, Object.fromEntries(q.params.map((p) => [p, null])));
      const ops: { op: string; details: string; order: string; leaf: boolean }[] = [];
      const walk = (p: Plan) => {
        ops.push({
          op: String(p.operatorType).split('@')[0] ?? '',
          details: String(p.arguments?.Details ?? ''),
          order: String(p.arguments?.Order ?? ''),
          leaf: p.children.length === 0,
        });
        p.children.forEach(walk);
      };
      if (!res.summary.plan) throw new Error(`EXPLAIN ${name} gave no plan`);
      walk(res.summary.plan);
      return ops;
    } finally {
      await session.close();
    }
  }

  it(
    'when the timeline statement is EXPLAINed, ' +
      'then dated items come from the timeline-entry index in its order and nothing is scanned',
    async () => {
      const q = sample.db.queries.get('timeline/timeline-page');
      const rows = await sample.db.raw(`EXPLAIN ${q.text}`, Object.fromEntries(q.params.map((p) => [p, null])));
      expect(rows).toEqual([]);
      const plan = await planOf('timeline/timeline-page');
      const ops = plan.map((o) => o.op);
      expect(plan.some((o) => o.op === 'NodeUniqueIndexSeek' && /\w+:Entity\(id\)/.test(o.details))).toBe(true);
      expect(plan.some((o) => o.op === 'NodeUniqueIndexSeek' && /:EntityRedirect\(id\)/.test(o.details))).toBe(true);
      // the page and the total each seek (entity, precision, key, latest, retracted); the page reads them in
      // index order and stops after first + 1, with no sort of the entity's entries; `latest` and `retracted`
      // come from the index (cache[...]), so neither the total nor the page reads an entry's properties
      const entrySeeks = plan.filter(
        (o) =>
          /RelationshipIndexSeek/.test(o.op) &&
          o.details.includes(':ON_TIMELINE(entity, precision, key, latest, retracted)'),
      );
      expect(entrySeeks.length).toBe(2);
      expect(
        plan.filter(
          (o) =>
            o.op === 'Filter' &&
            o.details.includes('cache[t.latest] >=') &&
            o.details.includes('cache[t.retracted] IN'),
        ).length,
      ).toBe(2);
      expect(entrySeeks.filter((o) => o.order.includes('t.key ASC')).length).toBe(1);
      // role changes are sought from either end of HELD_ROLE by (end id, precision, earliest), not read entity-first
      for (const end of ['fromId', 'toId']) {
        expect(
          plan.filter(
            (o) => /RelationshipIndexSeek/.test(o.op) && o.details.includes(`:HELD_ROLE(${end}, precision, earliest)`),
          ).length,
          end,
        ).toBe(1);
      }
      // (the one entity-first read of HELD_ROLE left is the undated list's: no index orders what has no date)
      expect(plan.filter((o) => /Expand/.test(o.op) && o.details.includes(':HELD_ROLE')).length).toBe(1);
      expect(ops).not.toContain('PartialSort');
      expect(ops).toContain('Limit');
      expect(
        ops.filter((o) => /LabelScan|AllNodesScan|NodeByIdSeek|RelationshipTypeScan|AllRelationshipsScan/.test(o)),
      ).toEqual([]);
      // every leaf is an index seek, an unwound parameter list, or an argument from outside
      expect(plan.filter((o) => o.leaf && !/IndexSeek|^Argument$|^Unwind$/.test(o.op)).map((o) => o.op)).toEqual([]);
    },
  );
});
