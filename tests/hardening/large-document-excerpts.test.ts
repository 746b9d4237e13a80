import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { documentId } from '../../src/ingest/document-rows.ts';
import { writeDocument } from '../../src/ingest/write-document.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { largeDocument, type LargeDocument } from '../support/large-document.ts';
import { graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { typed } from '../gql/gql.ts';
import { dataOf } from '../support/test-api.ts';

/**
 * Issue 17: the quote, timeline, fact and role statements cut each source's excerpt out of
 * Document.text, once per source row; for a 3.3 MB transcript with a few hundred quotes,
 * `quotes(first: 100)` was QUERY_TOO_LARGE. The excerpt is now stored with the span at ingest. A
 * transcript of 10 000 paragraphs (3.3 M characters), a quote in every 25th (400 quotes), and a role
 * in every 50th paragraph (200 HELD_ROLE relations, each with its evidence span).
 */
const PARAGRAPHS = 10_000;
const QUOTE_EVERY = 25;
const ROLE_EVERY = 50;

type Source = { start: number | null; end: number | null; excerpt: string | null; document: { id: string } };

const quotesQuery = typed(`query LdExQuotes($filter: QuoteFilter, $first: Int) {
  quotes(filter: $filter, first: $first) { totalCount edges { node { id text sources {
  start end excerpt document { id } } } } }
}`);

const timelineQuery = typed(`query LdExTimeline($ids: [ID!]!, $first: Int) {
  timeline(entityIds: $ids, first: $first) {
    totalCount
    edges { node { __typename
      ... on Quote { id sources { start end excerpt document { id } } }
      ... on RoleChange { id role sources { start end excerpt document { id } } } } }
  }
}`);

const entityRoles = typed(
  `query LdExEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document { id } } } } }`,
);

/**
 * the large document with a dated role of the speaker in every ROLE_EVERY-th paragraph, its
 * evidence that paragraph's first sentence
 */
function withRoles(big: LargeDocument): LargeDocument {
  const [speaker, org] = big.doc.entities;
  const relations = [];
  for (let i = 0; i < PARAGRAPHS; i += ROLE_EVERY) {
    const start = big.doc.body.indexOf(`Absatz ${i}. `);
    const end = big.doc.body.indexOf('.', big.doc.body.indexOf(org!.name, start)) + 1;
    relations.push({
      type: 'HELD_ROLE' as const,
      from: speaker!.id,
      to: org!.id,
      when: { edtf: '2026-02-14', earliest: '2026-02-14', latest: '2026-02-14', precision: 'day' as const },
      properties: { role: `Sprecherin ${i}` },
      evidence: { start, end, text: big.doc.body.slice(start, end) },
      confidence: 0.8,
    });
  }
  return { ...big, doc: { ...big.doc, relations } };
}

describe('excerpts of a large document', () => {
  let db: Database;
  let api: RunningApi;
  let big: LargeDocument;
  let docId: string;
  let scope: string;
  const ms: Record<string, number> = {};
  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
    scope = testScope('excerpts').toLowerCase();
    big = withRoles(largeDocument(scope, PARAGRAPHS, QUOTE_EVERY));
    docId = documentId(big.doc);
    await db.write((tx) => writeDocument(tx, big.doc));
  }, 900_000); // a safety net: one large write on a Neo4j the whole suite shares
  afterAll(async () => {
    await db
      ?.raw('MATCH (d:Document {id: $docId}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', { docId })
      .catch(() => undefined);
    await db
      ?.raw('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: big?.entityIds ?? [] })
      .catch(() => undefined);
    await api?.stop();
    await db?.close();
    // how long each read took, for the record (not asserted: the machine is shared)
    console.log(`[large-document-excerpts] ${JSON.stringify(ms)}`);
  });

  const timed = async <T>(name: string, f: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    try {
      return await f();
    } finally {
      ms[name] = Math.round(performance.now() - started);
    }
  };

  const expectExact = (sources: Source[]) => {
    const ours = sources.filter((s) => s.document.id === docId);
    expect(ours.length).toBeGreaterThan(0);
    for (const s of ours) expect(s.excerpt).toBe(big.doc.body.slice(s.start!, s.end!));
  };

  it(
    'when a researcher lists 100 quotes of the transcript, ' +
      'then each comes with its excerpt, by text, by speaker and by speaker in a range',
    async () => {
      const speakerId = big.entityIds[0]!;
      // the quotes name the scope only through their ids: the text filter finds every quote of these transcripts
      for (const [name, filter] of [
        ['quotes', { text: 'unsere Erklärung Nummer' }],
        ['quotesBySpeaker', { speakerId }],
        ['quotesBySpeakerInRange', { speakerId, from: '2026-02-01', to: '2026-02-28' }],
      ] as const) {
        const r = await timed(name, () => graphql(api, quotesQuery, { filter, first: 100 }));
        expect(r.body.errors, name).toBeUndefined();
        const page: { id: string; text: string; sources: Source[] }[] = dataOf(r.body).quotes.edges.map((e) => e.node);
        expect(page).toHaveLength(100);
        if (name !== 'quotes') {
          expect(dataOf(r.body).quotes.totalCount).toBe(big.quotes);
          expect(page.every((q) => q.id.startsWith(`quote:${scope}-`))).toBe(true);
        }
        // other tests' transcripts say the same words; ours sort first by id within the day, and are the most
        expect(page.filter((q) => q.id.startsWith(`quote:${scope}-`)).length, name).toBeGreaterThanOrEqual(50);
        for (const q of page) {
          if (!q.id.startsWith(`quote:${scope}-`)) continue;
          expectExact(q.sources);
          expect(q.sources.find((s) => s.document.id === docId)!.excerpt).toBe(q.text);
        }
      }
    },
  );

  it(
    "when the speaker's timeline and roles are read, " + 'then quotes and role changes come with their excerpts',
    async () => {
      const r = await timed('timeline', () => graphql(api, timelineQuery, { ids: [big.entityIds[0]!], first: 100 }));
      expect(r.body.errors).toBeUndefined();
      const nodes = dataOf(r.body).timeline.edges.map((e) => e.node);
      expect(dataOf(r.body).timeline.totalCount).toBe(big.quotes + big.doc.relations.length);
      expect(nodes).toHaveLength(100);
      // roles (14 February) come before the quotes (15 February)
      expect(nodes.filter((n) => n.__typename === 'RoleChange')).toHaveLength(100);
      for (const n of nodes) expectExact('sources' in n ? n.sources : []);

      const roles = await timed('roles', () => graphql(api, entityRoles, { id: big.entityIds[0]! }));
      expect(roles.body.errors).toBeUndefined();
      const list = dataOf(roles.body).entity!.roles;
      expect(list).toHaveLength(big.doc.relations.length);
      for (const role of list) {
        expectExact(role.sources);
        expect(role.sources[0]!.excerpt).toMatch(/^Absatz \d+\. Anna /);
      }
    },
  );

  it('when quotes are looked up by id, then facts-by-id gives the same excerpts', async () => {
    // aliased node lookups: the fact loader batches them into one facts-by-id read
    const ids = big.doc.quotes.slice(0, 20).map((q) => q.id);
    const fields = ids.map(
      (_, i) => `q${i}: node(id: $id${i}) { ... on Quote { id text sources { start end excerpt document { id } } } }`,
    );
    const query = `query(${ids.map((_, i) => `$id${i}: ID!`).join(', ')}) { ${fields.join(' ')} }`;
    const r = await timed('nodes', () => graphql(api, query, Object.fromEntries(ids.map((id, i) => [`id${i}`, id]))));
    expect(r.body.errors).toBeUndefined();
    // a query built at run time (20 aliases): its data is only known by the aliases it asked for
    const data = r.body.data as Record<string, { id: string; text: string; sources: Source[] }>;
    const nodes = ids.map((_, i) => data[`q${i}`]!);
    expect(nodes.map((n) => n.id)).toEqual(ids);
    for (const n of nodes) {
      expectExact(n.sources);
      expect(n.sources[0]!.excerpt).toBe(n.text);
    }
  });

  it(
    'when the transcript was stored before excerpts, ' +
      'then the backfill migrations restore every one of them within the memory limits',
    async () => {
      // the transcript as an older version stored it: spans and evidence without their text
      await db.raw(
        `MATCH (d:Document {id: $docId})
       CALL (d) { MATCH (d)<-[s:SOURCED_FROM]-() REMOVE s.excerpt }
       CALL (d) { MATCH (d)-[:MENTIONS]->(:Entity)-[r:HELD_ROLE]->() WHERE $docId IN r.sourceDocs REMOVE r.excerpts }`,
        { docId },
      );
      const missing = async () =>
        (
          await db.raw(
            `MATCH (d:Document {id: $docId})
         RETURN COUNT { (d)<-[s:SOURCED_FROM]-() WHERE s.excerpt IS NULL } AS spans,
                COUNT { MATCH (:Entity {id: $speakerId})-[r:HELD_ROLE]->() WHERE r.excerpts IS NULL } AS relations`,
            { docId, speakerId: big.entityIds[0] },
          )
        )[0];
      expect(await missing()).toEqual({ spans: big.quotes, relations: big.doc.relations.length });
      const migrations = await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations'));
      for (const id of ['034-source-excerpts-backfill', '035-relation-excerpts-backfill']) {
        await timed(id, () => db.raw(migrations.find((m) => m.id === id)!.statement));
      }
      expect(await missing()).toEqual({ spans: 0, relations: 0 });

      const quotes = await graphql(api, quotesQuery, { filter: { speakerId: big.entityIds[0]! }, first: 100 });
      expect(quotes.body.errors).toBeUndefined();
      for (const { node } of dataOf(quotes.body).quotes.edges) expectExact(node.sources);
      const roles = await graphql(api, entityRoles, { id: big.entityIds[0]! });
      expect(roles.body.errors).toBeUndefined();
      expect(dataOf(roles.body).entity!.roles).toHaveLength(big.doc.relations.length);
      for (const role of dataOf(roles.body).entity!.roles) expectExact(role.sources);
    },
  );
});
