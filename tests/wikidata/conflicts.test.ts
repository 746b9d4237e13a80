import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { linkSampleWikidata } from '../../src/wikidata/link-sample.ts';
import { useSampleApi } from '../support/sample-api.ts';
import { loadSampleCorpus } from '../support/sample-corpus.ts';
import { graphql } from '../support/test-api.ts';
import { testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from '../hardening/support.ts';

interface Side {
  summary: string;
  facts: {
    __typename: string;
    id: string;
    role?: string | null;
    text?: string;
    when?: { edtf: string } | null;
    sources: { excerpt: string | null; document: { id: string; outlet: string | null; url: string | null } }[];
  }[];
}
interface Conflict {
  id: string;
  kind: string;
  reason: string;
  summary: string;
  a: Side;
  b: Side;
}

const FACTS = `facts {
  __typename id
  ... on RoleChange { role when { edtf } sources { excerpt document { id outlet url } } }
  ... on Quote { text sources { excerpt document { id outlet url } } }
  ... on Event { when { edtf } sources { excerpt document { id outlet url } } }
}`;
const CONFLICTS = `query($id: ID!, $kinds: [ConflictKind!], $asOf: Date, $from: Date, $to: Date) {
  conflicts(entityId: $id, kinds: $kinds, asOf: $asOf, from: $from, to: $to) {
    id kind reason summary a { summary ${FACTS} } b { summary ${FACTS} }
  }
}`;

// The sample corpus (invented articles) plus the seed when ../shared is there, linked to the sample's
// hand-written Wikidata excerpt (data/wikidata), as `npm start` loads them.
describe('conflicts between the sources and the record', () => {
  const sample = useSampleApi();
  const roleClaimsOfRubio = () =>
    sample.db.read((tx) =>
      tx.rows('conflict/role-claims', { id: 'person:marco-rubio', asOf: null, includeDeprecated: false }),
    );
  const conflicts = async (variables: Record<string, unknown>): Promise<Conflict[]> => {
    const { body } = await graphql(sample.api, CONFLICTS, variables);
    expect(body.errors).toBeUndefined();
    return (body.data as { conflicts: Conflict[] }).conflicts;
  };

  it(
    'when the sample is linked to Wikidata, ' +
      "then Rubio's positions of record are roles whose source is his Wikidata item, line by line",
    async () => {
      const { body } = await graphql(
        sample.api,
        `{ entity(id: "person:marco-rubio") { wikidataId externalIds { source id url }
           roles { role when { edtf earliest latest } sources { excerpt document { outlet url publishedAt } } } } }`,
      );
      expect(body.errors).toBeUndefined();
      const entity = (body.data as { entity: { wikidataId: string; roles: Side['facts'] } }).entity;
      expect(entity.wikidataId).toBe('Q324546');
      const record = entity.roles.filter((r) => r.sources.some((s) => s.document.outlet === 'Wikidata'));
      expect(record.map((r) => [r.role, r.when])).toEqual(
        expect.arrayContaining([
          ['United States senator', { edtf: '2011-01-03/2025-01-20', earliest: '2011-01-03', latest: '2025-01-20' }],
          ['United States Secretary of State', { edtf: '2025-01-21/..', earliest: '2025-01-21', latest: null }],
        ]),
      );
      expect(record).toHaveLength(2);
      const senator = record.find((r) => r.role === 'United States senator')!;
      expect(senator.sources).toEqual([
        {
          excerpt: expect.stringMatching(
            new RegExp(
              '^position held: United States senator \\(Q4416090\\) of Q30, ' +
                'start time 2011-01-03, end time 2025-01-20, rank normal \\[Q324546\\$',
            ),
          ),
          document: { outlet: 'Wikidata', url: 'https://www.wikidata.org/wiki/Q324546', publishedAt: '2026-12-07' },
        },
      ]);
    },
  );

  it(
    'when conflicts are asked for Marco Rubio, ' +
      'then "US-Senator" in February 2026 stands against the Senate term that ended and the office held since',
    async () => {
      const found = await conflicts({ id: 'person:marco-rubio' });
      const roles = found.filter((c) => c.kind === 'ROLE');
      // once under a full hog run this found none: should it again, the roles compared say why
      const compared = roles.length === 1 ? null : await roleClaimsOfRubio();
      expect(roles, `role claims compared: ${JSON.stringify(compared)}`).toHaveLength(1);
      const [conflict] = roles;
      expect(conflict!.reason).toBe('ROLE_ENDED');
      // side a: the articles calling him a senator, each fact with its span
      const excerpts = conflict!.a.facts.flatMap((f) => f.sources.map((s) => s.excerpt));
      expect(excerpts.length).toBeGreaterThanOrEqual(1);
      for (const e of excerpts) expect(e).toMatch(/US-Senator/);
      expect(conflict!.a.facts.map((f) => f.role)).toEqual(conflict!.a.facts.map(() => 'US-Senator'));
      if (sample.seed) {
        const seedFacts = conflict!.a.facts.filter((f) => f.sources.some((s) => s.document.url === null));
        expect(seedFacts.length, 'the seed article (no url) is one of the sources').toBe(1);
      } else console.warn('seed missing: the seed side of the Rubio conflict is not checked');
      // side b: Wikidata's senate term first, then the office he held at that time, then articles that agree
      expect(conflict!.b.facts[0]).toMatchObject({
        role: 'United States senator',
        when: { edtf: '2011-01-03/2025-01-20' },
      });
      expect(conflict!.b.facts[1]).toMatchObject({ role: 'United States Secretary of State' });
      expect(conflict!.b.facts[1]!.sources[0]!.document.outlet).toBe('Wikidata');
      expect(conflict!.summary).toMatch(
        new RegExp(
          '^"US-Senator" at 2026-02-1\\d .*after that role ended: United States senator 2011-01-03/2025-01-20 ' +
            '\\(Wikidata\\); held then: United States Secretary of State \\(2025-01-21/\\.\\.\\)$',
        ),
      );
      // the same facts give the same conflict id
      expect((await conflicts({ id: 'person:marco-rubio', kinds: ['ROLE'] }))[0]!.id).toBe(conflict!.id);
    },
  );

  it(
    'when conflicts are asked as of a day before the Wikidata statements were read, or for another window, ' +
      'then the role conflict is not there',
    async () => {
      expect(await conflicts({ id: 'person:marco-rubio', kinds: ['ROLE'], asOf: '2026-03-01' })).toEqual([]);
      expect(
        await conflicts({ id: 'person:marco-rubio', kinds: ['ROLE'], from: '2024-01-01', to: '2024-12-31' }),
      ).toEqual([]);
      const february = await conflicts({
        id: 'person:marco-rubio',
        kinds: ['ROLE'],
        from: '2026-02-01',
        to: '2026-02-28',
      });
      const compared = february.length === 1 ? null : await roleClaimsOfRubio();
      expect(february, `role claims compared: ${JSON.stringify(compared)}`).toHaveLength(1);
    },
  );

  it('when the same excerpt is linked again, then no document or fact changes', async () => {
    const again = await loadSampleCorpus(sample.db);
    const summary = await linkSampleWikidata(sample.db, projectRoot(), again.documentIds);
    // Rubio's item and the United States' (member of NATO since 1949); NATO's headquarters (Brussels) is
    // no entity of the sample, and Germany is not named in it
    expect(summary!.statements.documents).toEqual({ created: 0, replaced: 0, unchanged: 2 });
    expect(summary!.statements.skipped).toEqual({ otherEndNotInGraph: 1, positionNotRead: 0 });
    expect(summary!.linksChanged).toBe(0);
  });

  it('when an unknown entity is asked, then the answer is NOT_FOUND naming it', async () => {
    const { body } = await graphql(sample.api, CONFLICTS, { id: 'person:nobody-at-all' });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(body.errors?.[0]?.message).toContain('person:nobody-at-all');
  });
});

// Three invented articles (written for this test, about invented people): two give one speaker's
// words at press conferences on different days, the third gives the same words to someone else. The same
// words, punctuated alike (a later block varies the punctuation).
describe('attribution and date conflicts', () => {
  const scope = testScope('conflicts');
  const tag = `Vell${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const sample = useSampleApi();
  const words = `The ${tag} bridge will reopen before the winter`;
  let db: Database;
  let speakerId = '';
  const article = (n: number, publishedAt: string, sentence: string) => ({
    meta: {
      source: `https://test.quotegraph.invalid/${scope}/${n}`,
      title: `${tag} bridge ${n}`,
      url: `https://test.quotegraph.invalid/${scope}/${n}`,
      outlet: `${tag} Courier ${n}`,
      publishedAt,
      lang: 'en',
    },
    body: ['Invented text, written for a quotegraph test.', sentence].join('\n\n'),
  });
  beforeAll(async () => {
    db = sample.db;
    await ingestDocument(
      db,
      article(1, '2021-03-04', `Mayor Anna ${tag} said at a press conference on 3 March 2021: "${words}."`),
    );
    await ingestDocument(
      db,
      article(2, '2021-03-09', `Mayor Anna ${tag} said at a press conference on 8 March 2021: "${words}."`),
    );
    await ingestDocument(db, article(3, '2021-03-10', `Council member Bruno ${tag} said on 9 March 2021: "${words}."`));
    const [row] = await db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: `Anna ${tag}` });
    speakerId = row!.id as string;
  });
  afterAll(async () => {
    await db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $prefix
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE f, d`,
      { prefix: `https://test.quotegraph.invalid/${scope}/` },
    );
    await db.raw('MATCH (p:Entity) WHERE p.name ENDS WITH $tag DETACH DELETE p', { tag });
  });

  it(
    'when another speaker is given the same words, ' + 'then an attribution conflict shows both, each with its article',
    async () => {
      const { body } = await graphql(sample.api, CONFLICTS, { id: speakerId, kinds: ['ATTRIBUTION'] });
      expect(body.errors).toBeUndefined();
      const found = (body.data as { conflicts: Conflict[] }).conflicts;
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'ATTRIBUTION', reason: 'OTHER_SPEAKER' });
      expect(found[0]!.a.facts[0]!.text).toBe(`${words}.`);
      expect(found[0]!.a.facts[0]!.sources.map((s) => s.document.outlet).sort()).toEqual([
        `${tag} Courier 1`,
        `${tag} Courier 2`,
      ]);
      expect(found[0]!.b.facts.map((f) => f.sources.map((s) => s.document.outlet))).toEqual([[`${tag} Courier 3`]]);
    },
  );

  it(
    'when two articles place the same words at press conferences on different days, ' +
      'then a date conflict shows both events',
    async () => {
      const { body } = await graphql(sample.api, CONFLICTS, { id: speakerId, kinds: ['DATE'] });
      expect(body.errors).toBeUndefined();
      const found = (body.data as { conflicts: Conflict[] }).conflicts;
      expect(found).toHaveLength(1);
      expect(found[0]).toMatchObject({ kind: 'DATE', reason: 'OTHER_DATE' });
      const dates = [found[0]!.a, found[0]!.b].map((s) => s.facts[0]!.when?.edtf).sort();
      expect(dates).toEqual(['2021-03-03', '2021-03-08']);
      expect(found[0]!.summary).toMatch(/placed at an event of 2021-03-0[38] by .* and of 2021-03-0[38] by /);
    },
  );
  it(
    'when a curator ranks a side deprecated, preferred or back to normal, ' +
      'then the conflict is settled (listed only with includeResolved, with the ranks) or open again, audited',
    async () => {
      const { keys, env } = testKeys(scope);
      const api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
      try {
        const RANK = `mutation($id: ID!, $rank: FactRank!, $why: String!) {
          rankFact(id: $id, rank: $rank, reason: $why) { factId retracted errors { code field } } }`;
        const rank = async (id: string, r: string, key = keys.editor) =>
          (await gql(api, RANK, { id, rank: r, why: `${r} in a test` }, bearer(key))).body;
        const ask = async (includeResolved: boolean) => {
          const q = `query($id: ID!, $all: Boolean) { conflicts(entityId: $id, kinds: [ATTRIBUTION],
            includeResolved: $all) {
              id resolution { factId rank reason by at } a { facts { id } } b { facts { id } } } }`;
          const r = await gql(api, q, { id: speakerId, all: includeResolved }, bearer(keys.reader));
          expect(r.body?.errors).toBeUndefined();
          type Found = { id: string; resolution: { factId: string; rank: string; reason: string; by: string }[] };
          return (r.body!.data as { conflicts: (Found & { a: Side; b: Side })[] }).conflicts;
        };
        const [open] = await ask(false);
        const mine = open!.a.facts[0]!.id;
        const theirs = open!.b.facts[0]!.id;

        expect((await rank(theirs, 'DEPRECATED', keys.reader))?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        expect((await rank(theirs, 'DEPRECATED'))?.data).toEqual({
          rankFact: { factId: theirs, retracted: true, errors: [] },
        });
        expect(await ask(false)).toEqual([]);
        const [settled] = await ask(true);
        expect(settled!.id).toBe(open!.id);
        expect(settled!.resolution).toEqual([
          {
            factId: theirs,
            rank: 'DEPRECATED',
            reason: 'DEPRECATED in a test',
            by: `${scope}-editor (editor)`,
            at: expect.any(String),
          },
        ]);
        // the deprecated quote leaves the default reads as a retracted one does, and is kept
        const QUOTES = `query($s: ID!, $all: Boolean) { quotes(filter: {speakerId: $s}, includeRetracted: $all) {
          totalCount edges { node { id retraction { reason } } } } }`;
        const [bruno] = await db.raw('MATCH (p:Person)-[:SAID]->(:Quote {id: $id}) RETURN p.id AS id', { id: theirs });
        const quotes = async (all: boolean) =>
          (await gql(api, QUOTES, { s: bruno!.id, all }, bearer(keys.reader))).body?.data as {
            quotes: { totalCount: number; edges: { node: { id: string; retraction: { reason: string } | null } }[] };
          };
        expect((await quotes(false)).quotes.totalCount).toBe(0);
        expect((await quotes(true)).quotes.edges[0]!.node.retraction).toEqual({
          reason: 'deprecated: DEPRECATED in a test',
        });

        expect((await rank(theirs, 'NORMAL'))?.data).toEqual({
          rankFact: { factId: theirs, retracted: false, errors: [] },
        });
        expect((await ask(false)).map((c) => c.id)).toEqual([open!.id]);
        expect((await ask(false))[0]!.resolution).toEqual([]);

        expect((await rank(mine, 'PREFERRED'))?.data).toEqual({
          rankFact: { factId: mine, retracted: false, errors: [] },
        });
        expect(await ask(false)).toEqual([]);
        expect((await ask(true))[0]!.resolution.map((r) => [r.factId, r.rank])).toEqual([[mine, 'PREFERRED']]);
        expect((await rank(mine, 'PREFERRED'))?.data).toEqual({
          rankFact: { factId: null, retracted: null, errors: [{ code: 'CONFLICT', field: 'rank' }] },
        });

        const audit = await db.raw(
          'MATCH (a:AuditEntry {operation: $op}) WHERE a.target IN $ids RETURN a.target AS target ORDER BY a.at',
          { op: 'rankFact', ids: [mine, theirs] },
        );
        expect(audit.map((r) => r.target)).toEqual([theirs, theirs, mine]);
      } finally {
        await api.stop();
      }
    },
  );
});

// Two invented articles (written for this test) give the same words to two people, punctuated
// differently by each outlet, as agencies and newspapers do: a comma, a dash and another closing mark.
describe('attribution conflicts across punctuation variants', () => {
  const scope = testScope('conflicts-punct');
  const tag = `Puncto${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const sample = useSampleApi();
  const article = (n: number, sentence: string) => ({
    meta: {
      source: `https://test.quotegraph.invalid/${scope}/${n}`,
      title: `${tag} ferry ${n}`,
      url: `https://test.quotegraph.invalid/${scope}/${n}`,
      outlet: `${tag} Herald ${n}`,
      publishedAt: '2022-06-02',
      lang: 'en',
    },
    body: ['Invented text, written for a quotegraph test.', sentence].join('\n\n'),
  });
  let speakerId = '';
  beforeAll(async () => {
    const db = sample.db;
    await ingestDocument(
      db,
      article(1, `Harbour master Ida ${tag} said on 1 June 2022: "The ${tag} ferry will sail again, and soon."`),
    );
    await ingestDocument(
      db,
      article(2, `Port director Jon ${tag} said on 1 June 2022: "The ${tag} ferry will sail again - and soon!"`),
    );
    const [row] = await db.raw('MATCH (p:Person {name: $name}) RETURN p.id AS id', { name: `Ida ${tag}` });
    speakerId = row!.id as string;
  });
  afterAll(async () => {
    await sample.db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $prefix
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE f, d`,
      { prefix: `https://test.quotegraph.invalid/${scope}/` },
    );
    await sample.db.raw('MATCH (p:Entity) WHERE p.name ENDS WITH $tag DETACH DELETE p', { tag });
  });

  it('when the other speaker’s words differ only in punctuation, then it is an attribution conflict', async () => {
    const { body } = await graphql(sample.api, CONFLICTS, { id: speakerId, kinds: ['ATTRIBUTION'] });
    expect(body.errors).toBeUndefined();
    const found = (body.data as { conflicts: Conflict[] }).conflicts;
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'ATTRIBUTION', reason: 'OTHER_SPEAKER' });
    expect(found[0]!.a.facts.map((f) => f.text)).toEqual([`The ${tag} ferry will sail again, and soon.`]);
    expect(found[0]!.b.facts.map((f) => f.text)).toEqual([`The ${tag} ferry will sail again - and soon!`]);
    expect(found[0]!.b.facts[0]!.sources.map((s) => s.document.outlet)).toEqual([`${tag} Herald 2`]);
  });
});
