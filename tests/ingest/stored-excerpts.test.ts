import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { documentId } from '../../src/ingest/document-rows.ts';
import { writeDocument } from '../../src/ingest/write-document.ts';
import { bearer, gql, startCapturedApi, testKeys } from '../hardening/support.ts';
import { largeDocument } from '../support/large-document.ts';
import { dataOf } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { typed } from '../gql/gql.ts';

/**
 * Excerpts are stored with their spans (issue 17): on SOURCED_FROM, and in a relation's excerpts
 * ("docId|start|end|text") beside its evidence. Graphs written before get them from two backfill
 * migrations; curated spans get theirs when asserted; a new version of a document withdraws them.
 */
/** offsets as ingest stores them: integers, not the floats a JavaScript number becomes */
const neo4jInt = (n: number) => neo4j.int(n);

describe('stored excerpts', () => {
  const scope = testScope('excerpt').toLowerCase();
  const { keys, env } = testKeys(scope);
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  const ids = {
    person: `person:${scope}-p`,
    org: `org:${scope}-o`,
    quote: `quote:${scope}-q`,
    role: `fact:${scope}-r`,
    doc: `doc:${scope}-old`,
  };
  const docIds: string[] = [ids.doc];
  const factIds: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
  });
  afterAll(async () => {
    await db.raw('MATCH (a:AuditEntry) WHERE a.target IN $targets OR a.who STARTS WITH $scope DETACH DELETE a', {
      targets: [...docIds, ...factIds],
      scope,
    });
    await db.raw(
      'MATCH (d:Document) WHERE d.id IN $docIds OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { docIds },
    );
    await db.raw('MATCH (e:Entity) WHERE any(p IN $prefixes WHERE e.id STARTS WITH p) DETACH DELETE e', {
      prefixes: ['person', 'org', 'place'].map((k) => `${k}:${scope}`),
    });
    await api?.stop();
    await db.close();
  });

  const roleSources = async (entityId: string) => {
    const r = await gql(
      api,
      typed(
        `query ExcEntity($id: ID!) { entity(id: $id) { roles { id role sources { start end excerpt document {
          id } } } } }`,
      ),
      { id: entityId },
    );
    expect(r.body?.errors).toBeUndefined();
    return dataOf(r.body).entity!.roles;
  };

  it(
    'when spans were written without excerpts, ' +
      'then the backfill migrations store them, and a second run changes nothing',
    async () => {
      const text = `Anna ${scope} ist Vorsitzende des Rates. Sie sagte: „Wir bleiben dabei.“ Ende.`;
      const roleSpan = [0, text.indexOf('.') + 1] as const;
      const quoteSpan = [text.indexOf('Wir'), text.indexOf('“')] as const;
      // the shape ingest wrote before excerpts: a span with start and end only, evidence strings only
      await db.raw(
        `CREATE (d:Document {id: $doc, text: $text, knownSince: date('2026-02-16'), publishedAt: date('2026-02-16')})
       CREATE (p:Entity:Person {id: $person, name: 'Anna', kind: 'PERSON', aliases: ['Anna']})
       CREATE (o:Entity:Organization {id: $org, name: 'Rat', kind: 'ORGANIZATION', aliases: ['Rat']})
       CREATE (q:Quote {id: $quote, text: 'Wir bleiben dabei.', lang: 'de', knownSince: date('2026-02-16')})
       CREATE (p)-[:SAID]->(q)
       CREATE (q)-[:SOURCED_FROM {start: $qs, end: $qe, extractor: 'old/1', confidence: 0.9}]->(d)
       CREATE (p)-[:HELD_ROLE {id: $role, role: 'Vorsitzende', fromId: $person, toId: $org, sourceDocs: [$doc],
               knownSince: date('2026-02-16'), edtf: '2026-02-16', earliest: date('2026-02-16'),
                 latest: date('2026-02-16'), precision: 'day',
               evidence: $evidence}]->(o)`,
        {
          ...ids,
          text,
          qs: neo4jInt(quoteSpan[0]),
          qe: neo4jInt(quoteSpan[1]),
          evidence: [`${ids.doc}|${roleSpan[0]}|${roleSpan[1]}|old/1|0.8`, `${ids.doc}|||curator:someone|1`],
        },
      );
      const migrations = await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations'));
      const backfill = ['034-source-excerpts-backfill', '035-relation-excerpts-backfill'].map(
        (id) => migrations.find((m) => m.id === id)!,
      );
      expect(backfill.every(Boolean)).toBe(true);
      const stored = async () =>
        (
          await db.raw(
            `MATCH (:Quote {id: $quote})-[s:SOURCED_FROM]->(:Document {id: $doc}) MATCH ()-[r:HELD_ROLE {id: $role}]->()
         RETURN s.excerpt AS quote, r.excerpts AS role`,
            ids,
          )
        )[0];
      expect(await stored()).toEqual({ quote: null, role: null });

      for (const m of backfill) await db.raw(m.statement);
      const after = await stored();
      expect(after).toEqual({
        quote: 'Wir bleiben dabei.',
        // the curated source without a span has no excerpt
        role: [`${ids.doc}|${roleSpan[0]}|${roleSpan[1]}|Anna ${scope} ist Vorsitzende des Rates.`],
      });
      for (const m of backfill) await db.raw(m.statement);
      expect(await stored()).toEqual(after);

      // and the API answers with them
      const node = await gql(
        api,
        typed(`query ExcNode($id: ID!) { node(id: $id) { ... on Quote { sources { excerpt } } } }`),
        {
          id: ids.quote,
        },
      );
      const quoteNode = node.body?.data?.node;
      expect(quoteNode && 'sources' in quoteNode ? quoteNode.sources : undefined).toEqual([
        { excerpt: 'Wir bleiben dabei.' },
      ]);
      const [role] = await roleSources(ids.person);
      expect(role!.sources.map((s) => s.excerpt)).toEqual([`Anna ${scope} ist Vorsitzende des Rates.`, null]);
    },
  );

  it(
    'when a curator asserts a fact with a span, ' +
      'then its excerpt is stored, cut at JavaScript offsets as Document.spans cuts',
    async () => {
      // a character beyond the Basic Multilingual Plane before the span: two JavaScript offsets, one Cypher character
      // lower case: the extractor finds no names of its own in it
      const text = `\u{1F4F0} bericht ${scope}: max muster leitet den rat seit januar.`;
      const ingest = await gql(
        api,
        typed(
          `mutation ExcIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {
            documentId errors { code field } } }`,
        ),
        { i: { text, url: `https://example.invalid/${scope}/curated`, publishedAt: '2026-02-17' } },
        bearer(keys.editor),
      );
      expect(ingest.body?.data?.ingestDocument.errors).toEqual([]);
      const docId = ingest.body?.data?.ingestDocument.documentId as string;
      docIds.push(docId);
      const person = `person:${scope}-max`;
      for (const [id, kind, name] of [
        [person, 'PERSON', 'Max Muster'],
        [`org:${scope}-rat`, 'ORGANIZATION', 'Rat'],
      ] as const) {
        const up = await gql(
          api,
          typed(
            `mutation ExcUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id }
              errors { code field } } }`,
          ),
          { i: { id, kind, name } },
          bearer(keys.editor),
        );
        expect(up.body?.data?.upsertEntity.errors).toEqual([]);
      }
      const start = text.indexOf('max');
      const end = text.indexOf(' seit');
      const af = await gql(
        api,
        typed(
          `mutation ExcAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code field } } }`,
        ),
        {
          i: {
            type: 'HELD_ROLE',
            from: person,
            to: `org:${scope}-rat`,
            role: 'Leiter',
            earliest: '2026-01-01',
            latest: '2026-01-31',
            sourceDocumentId: docId,
            start,
            end,
          },
        },
        bearer(keys.editor),
      );
      expect(af.body?.data?.assertFact.errors).toEqual([]);
      factIds.push(dataOf(af.body).assertFact.factId!);
      const [role] = await roleSources(person);
      expect(role!.sources).toEqual([{ start, end, excerpt: 'max muster leitet den rat', document: { id: docId } }]);
    },
  );

  it(
    'when a new version of a document replaces it, ' +
      "then its spans and its relations carry the new version's excerpts only",
    async () => {
      const v1 = largeDocument(`${scope}-v`, 3, 1);
      const roleOf = (doc: typeof v1.doc, i: number) => {
        const start = doc.body.indexOf(`Absatz ${i}. `);
        const end = doc.body.indexOf(' sprach', start);
        return {
          type: 'HELD_ROLE' as const,
          from: v1.entityIds[0]!,
          to: v1.entityIds[1]!,
          properties: { role: 'Sprecherin' },
          when: { edtf: '2026-02-14', earliest: '2026-02-14', latest: '2026-02-14', precision: 'day' as const },
          evidence: { start, end, text: doc.body.slice(start, end) },
          confidence: 0.8,
        };
      };
      const first = { ...v1.doc, relations: [roleOf(v1.doc, 1)] };
      // the second version: a new paragraph in front moves every span
      const body = `Vorbemerkung der Redaktion.\n\n${v1.doc.body}`;
      const shift = body.length - v1.doc.body.length;
      const moved = <T extends { start: number; end: number }>(s: T): T => ({
        ...s,
        start: s.start + shift,
        end: s.end + shift,
      });
      const second = {
        ...v1.doc,
        body,
        contentHash: `${v1.doc.contentHash}-2`,
        quotes: v1.doc.quotes.map(moved),
        entities: v1.doc.entities.map((e) => ({ ...e, mentions: e.mentions.map(moved) })),
        relations: [roleOf({ ...v1.doc, body }, 2)],
      };
      const docId = documentId(first);
      docIds.push(docId);
      await db.write((tx) => writeDocument(tx, first));
      await db.write((tx) => writeDocument(tx, second));
      const rows = await db.raw(
        'MATCH (d:Document {id: $docId})<-[s:SOURCED_FROM]-(q:Quote) RETURN s.start AS start, s.end AS end, ' +
          's.excerpt AS excerpt, q.text AS text',
        { docId },
      );
      expect(rows).toHaveLength(3);
      for (const r of rows)
        expect(r).toMatchObject({ excerpt: body.slice(r.start as number, r.end as number), text: r.excerpt });
      const [rel] = await db.raw(
        'MATCH (:Entity {id: $from})-[r:HELD_ROLE]->() RETURN r.evidence AS evidence, r.excerpts AS excerpts',
        { from: v1.entityIds[0] },
      );
      const span = roleOf({ ...v1.doc, body }, 2).evidence;
      expect(rel).toEqual({
        evidence: [`${docId}|${span.start}|${span.end}|quotegraph-test/1|0.8`],
        excerpts: [`${docId}|${span.start}|${span.end}|${span.text}`],
      });
    },
  );
});
