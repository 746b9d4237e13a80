import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { typed } from '../gql/gql.ts';
import type { QuoteFilter } from '../gql/graphql.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Invented articles written for this test, ingested through src/ingest like any article and deleted
// afterwards. Dated 2018 and naming nothing of the sample corpus, so other test files never see them.
const scope = testScope('time-basis');
const tag = `Basil${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
const speaker = `Ottokar ${tag}`;
const urlPrefix = `https://test.quotegraph.invalid/${scope}/`;
const articles = [
  {
    meta: {
      source: `${urlPrefix}day`,
      title: `${tag} day`,
      url: `${urlPrefix}day`,
      outlet: `${tag} Courier`,
      publishedAt: '16.05.2018',
      lang: 'en',
    },
    body: [
      'Invented text, written for a quotegraph test.',
      `${speaker}, the director of the ${tag} Forum, spoke to reporters.`,
      `"Undated remark ${tag} about nothing in particular," ${speaker} said.`,
      `"Dated remark ${tag} about nothing at all," ${speaker} said on 3 May 2018.`,
      `${speaker} said that the ${tag} Forum would open its doors to everyone.`,
    ].join('\n\n'),
  },
  {
    meta: {
      source: `${urlPrefix}month`,
      title: `${tag} month`,
      url: `${urlPrefix}month`,
      outlet: `${tag} Courier`,
      publishedAt: '2018-07',
      lang: 'en',
    },
    body: [
      'Invented text, written for a quotegraph test.',
      `"Monthly remark ${tag} about very little," ${speaker} said.`,
    ].join('\n\n'),
  },
];

const QUOTES = typed(`query AttrQuotes($filter: QuoteFilter) { quotes(filter: $filter, first: 50) {
  totalCount
  edges { node { id text said { edtf earliest latest precision } saidBasis attribution { method confidence }
    sources { confidence attributionMethod document { publishedAt } } } } } }`);

const TIMELINE = typed(`query AttrTimeline($ids: [ID!]!, $from: Date, $to: Date, $textDatedOnly: Boolean) {
    timeline(entityIds: $ids, from: $from, to: $to, first: 50, textDatedOnly: $textDatedOnly) {
  totalCount
  edges { when { edtf } node { __typename ... on Quote { id text saidBasis } ... on Claim {
  id text whenBasis attribution { method confidence } } } } } }`);

describe('quotes and claims with attribution and a time basis', () => {
  let db: Database;
  let api: RunningApi;
  let speakerId = '';

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
    for (const a of articles) await ingestDocument(db, a);
    const [row] = await db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: speaker });
    speakerId = row?.id as string;
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: urlPrefix },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    const [left] = await db.raw(
      'MATCH (n) WHERE n.url STARTS WITH $p OR n.name CONTAINS $tag OR n.text CONTAINS $tag RETURN count(n) AS n',
      { p: urlPrefix, tag },
    );
    expect(left!.n).toBe(0);
    await api?.stop();
    await db?.close();
  });

  const quotes = async (filter: QuoteFilter) => {
    const { body } = await graphql(api, QUOTES, { filter });
    expect(body.errors).toBeUndefined();
    return dataOf(body).quotes.edges.map((e) => e.node);
  };

  it('when the quotes are stored, then each source keeps the method and confidence of its attribution', async () => {
    expect(speakerId).toMatch(/^person:/);
    const rows = await db.raw(
      'MATCH (:Person {id: $id})-[:SAID]->(q:Quote)-[s:SOURCED_FROM]->(:Document) RETURN q.text AS text, ' +
        's.method AS method, s.confidence AS confidence, q.basis AS basis ORDER BY text',
      { id: speakerId },
    );
    expect(rows).toHaveLength(3);
    for (const r of rows) {
      expect(r.method).toBe('verb-after-quote');
      expect(r.confidence).toBeGreaterThan(0);
    }
    expect(rows.map((r) => r.basis)).toEqual(['text', 'publication', 'publication']);
  });

  it('when a quote is asked for, then its attribution names the method and confidence, also per source', async () => {
    const [q] = await quotes({ text: `Undated remark ${tag}` });
    expect(q?.attribution).toEqual({ method: 'VERB_AFTER_QUOTE', confidence: expect.any(Number) });
    expect(q?.attribution?.confidence).toBeGreaterThan(0);
    expect(q?.sources).toEqual([
      expect.objectContaining({ attributionMethod: 'VERB_AFTER_QUOTE', confidence: q?.attribution?.confidence }),
    ]);
  });

  it(
    'when quotes are filtered by attribution confidence or method, ' + 'then only those that meet it are listed',
    async () => {
      expect(await quotes({ text: tag, minAttributionConfidence: 0.05 })).toHaveLength(3);
      expect(await quotes({ text: tag, minAttributionConfidence: 1 })).toHaveLength(0);
      expect(await quotes({ text: tag, attributionMethods: ['VERB_AFTER_QUOTE', 'DASH_LINE'] })).toHaveLength(3);
      expect(await quotes({ text: tag, attributionMethods: ['DASH_LINE'] })).toHaveLength(0);
      expect(
        await quotes({ speakerId, from: '2018-01-01', to: '2018-12-31', attributionMethods: ['DASH_LINE'] }),
      ).toHaveLength(0);
      const { body } = await graphql(api, QUOTES, { filter: { minAttributionConfidence: 1.5 } });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    },
  );

  it(
    "when a quote whose text gives no date is asked for around its article's publication, " +
      'then it is found, dated by publication',
    async () => {
      for (const filter of [
        { text: tag, from: '2018-05-16', to: '2018-05-16' },
        { speakerId, from: '2018-05-10', to: '2018-05-20' },
      ]) {
        const found = await quotes(filter);
        expect(found.map((q) => q.text)).toEqual([`Undated remark ${tag} about nothing in particular,`]);
        expect(found[0]).toMatchObject({
          said: { edtf: '2018-05-16', earliest: '2018-05-16', latest: '2018-05-16', precision: 'DAY' },
          saidBasis: 'PUBLICATION',
        });
      }
      // not before it was published
      expect(await quotes({ text: tag, from: '2018-05-17', to: '2018-05-31' })).toHaveLength(0);
    },
  );

  it('when only text-dated quotes are asked for, then those placed at the publication are left out', async () => {
    expect(await quotes({ text: tag, from: '2018-05-16', to: '2018-05-16', textDatedOnly: true })).toHaveLength(0);
    expect(await quotes({ speakerId, from: '2018-05-10', to: '2018-05-20', textDatedOnly: true })).toHaveLength(0);
    const textDated = await quotes({ text: tag, textDatedOnly: true });
    expect(textDated.map((q) => [q.said?.edtf, q.saidBasis])).toEqual([['2018-05-03', 'TEXT']]);
    expect(await quotes({ speakerId, textDatedOnly: true })).toHaveLength(1);
  });

  it('when the publication date has month precision, then an undated quote spans that month', async () => {
    const found = await quotes({ text: tag, from: '2018-07-10', to: '2018-07-12' });
    expect(found.map((q) => [q.said?.edtf, q.said?.precision, q.saidBasis])).toEqual([
      ['2018-07', 'MONTH', 'PUBLICATION'],
    ]);
  });

  it(
    "when the speaker's timeline around the publication date is asked, " + 'then the undated quote and claim are on it',
    async () => {
      const { body } = await graphql(api, TIMELINE, { ids: [speakerId], from: '2018-05-15', to: '2018-05-17' });
      expect(body.errors).toBeUndefined();
      const nodes = dataOf(body).timeline.edges.map((e) => e.node);
      expect(nodes.find((n) => n.__typename === 'Quote')).toMatchObject({
        text: `Undated remark ${tag} about nothing in particular,`,
        saidBasis: 'PUBLICATION',
      });
      const claim = nodes.find((n): n is Extract<typeof n, { __typename: 'Claim' }> => n.__typename === 'Claim');
      expect(claim).toMatchObject({
        whenBasis: 'PUBLICATION',
        attribution: { method: expect.any(String), confidence: expect.any(Number) },
      });
      expect(claim?.attribution?.method).not.toBe('NONE');
      const textDated = await graphql(api, TIMELINE, {
        ids: [speakerId],
        from: '2018-05-01',
        to: '2018-05-31',
        textDatedOnly: true,
      });
      expect(textDated.body.errors).toBeUndefined();
      // (the role "director of the forum" stays: textDatedOnly concerns quotes and claims)
      const words = dataOf(textDated.body).timeline.edges.filter(
        (e) => e.node.__typename === 'Quote' || e.node.__typename === 'Claim',
      );
      expect(
        words.map((e) => [
          e.node.__typename,
          e.when?.edtf,
          ('saidBasis' in e.node ? e.node.saidBasis : undefined) ??
            ('whenBasis' in e.node ? e.node.whenBasis : undefined),
        ]),
      ).toEqual([['Quote', '2018-05-03', 'TEXT']]);
      const before = await graphql(api, TIMELINE, { ids: [speakerId], from: '2018-05-04', to: '2018-05-15' });
      expect(
        dataOf(before.body)
          .timeline.edges.map((e) => ('text' in e.node ? e.node.text : undefined))
          .filter(Boolean),
      ).not.toContain(`Undated remark ${tag} about nothing in particular,`);
    },
  );
});
