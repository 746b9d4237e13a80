import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reextract } from '../../src/curation/reextract.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { typed } from '../gql/gql.ts';

// An invented article (written for this test, dated 2018, naming nothing of the sample corpus) whose
// quote the extractor gives to the wrong person on the wrong day; a curator corrects it, and the
// correction holds when a new version of the article comes and when it is extracted again.
describe('correcting what the extractor got wrong', () => {
  const scope = testScope('correct');
  const tag = `Corr${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const url = `https://test.quotegraph.invalid/${scope}/article`;
  const anna = `Anna ${tag}`;
  const berta = `Berta ${tag}`;
  const { keys, env } = testKeys(scope);
  const version = (extra: string[]) => ({
    meta: {
      source: url,
      title: `${tag} council`,
      url,
      outlet: `${tag} Gazette`,
      publishedAt: '2018-07-05',
      lang: 'en',
    },
    body: [
      'Invented text, written for a quotegraph test.',
      `${anna}, the mayor, and ${berta}, the treasurer, met the press on 2 July 2018.`,
      `"The pool reopens next week," ${anna} said on 2 July 2018.`,
      `"The library keeps its hours," ${anna} said on 2 July 2018.`,
      ...extra,
    ].join('\n\n'),
  });
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let docId = '';
  let pool = '';
  let library = '';
  let moved = '';
  let bertaId = '';
  let annaId = '';

  const correct = (id: string, input: Record<string, unknown>) =>
    gql(
      api,
      typed(
        `mutation CorrCorrectFact($id: ID!, $i: CorrectFactInput!) { correctFact(id: $id, input: $i) {
          factId errors { code field message } } }`,
      ),
      { id, i: input },
      bearer(keys.editor),
    );
  const quote = async (id: string) =>
    (
      await gql(
        api,
        typed(`query CorrNode($id: ID!) { node(id: $id) { ... on Quote { speaker { id } said { edtf } saidBasis } } }`),
        {
          id,
        },
      )
    ).body?.data?.node;
  const timelineIds = async (entity: string) =>
    (
      await gql(
        api,
        typed(
          `query CorrTimeline($e: [ID!]!) { timeline(entityIds: $e, first: 100) { edges { node {
            ... on Quote { id } } } } }`,
        ),
        { e: [entity] },
      )
    ).body?.data?.timeline.edges.map((e: { node: { id?: string } }) => e.node.id);

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    docId = (await ingestDocument(db, version([]))).documentId;
    const said = await db.raw(
      'MATCH (p:Person)-[:SAID]->(q:Quote)-[:SOURCED_FROM]->(:Document {id: $id}) RETURN p.id AS speaker, ' +
        'q.id AS id, q.text AS text',
      { id: docId },
    );
    pool = said.find((q) => String(q.text).includes('pool'))!.id as string;
    library = said.find((q) => String(q.text).includes('library'))!.id as string;
    annaId = said[0]!.speaker as string;
    bertaId = (await db.raw('MATCH (p:Person {name: $n}) RETURN p.id AS id', { n: berta }))[0]!.id as string;
  });
  afterAll(async () => {
    await db.raw('MATCH (d:Document {url: $url}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', { url });
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db.raw(
      'MATCH (n) WHERE (n:Correction AND n.factId IN $ids) OR (n:AuditEntry AND n.target IN $ids) DETACH DELETE n',
      {
        ids: [pool, library, moved],
      },
    );
    await api?.stop();
    await db.close();
  });

  it(
    'when a curator gives a quote its real speaker and day, ' +
      'then it is read that way and moves between their timelines',
    async () => {
      expect(await quote(pool)).toEqual({ speaker: { id: annaId }, said: { edtf: '2018-07-02' }, saidBasis: 'TEXT' });
      const r = await correct(pool, { speakerId: bertaId, earliest: '2018-07-03' });
      expect(r.body?.data?.correctFact).toEqual({ factId: pool, errors: [] });
      expect(await quote(pool)).toEqual({
        speaker: { id: bertaId },
        said: { edtf: '2018-07-03' },
        saidBasis: 'CURATOR',
      });
      expect(await timelineIds(bertaId)).toContain(pool);
      expect(await timelineIds(annaId)).not.toContain(pool);
      const [audit] = await db.raw('MATCH (a:AuditEntry {target: $id, operation: "correctFact"}) RETURN a.who AS who', {
        id: pool,
      });
      expect(audit?.who).toBe(`${scope}-editor (editor)`);
    },
  );

  it('when a quote is marked as said by nobody named, then it has no speaker', async () => {
    expect((await correct(library, { unattributed: true })).body?.data?.correctFact.errors).toEqual([]);
    expect((await quote(library))?.speaker).toBeNull();
  });

  it(
    'when a new version of the article comes and when it is extracted again, ' + 'then the corrections still hold',
    async () => {
      const r = await ingestDocument(db, version([`${berta} thanked the volunteers.`]));
      expect(r.status).toBe('replaced');
      expect(await quote(pool)).toEqual({
        speaker: { id: bertaId },
        said: { edtf: '2018-07-03' },
        saidBasis: 'CURATOR',
      });
      expect((await quote(library))?.speaker).toBeNull();
      await db.raw("MATCH (d:Document {id: $id}) SET d.extractor = 'quotegraph-extract/0.1.0-test'", { id: docId });
      expect((await reextract(db, `${scope}-curator`, { ids: [docId] })).replaced).toBe(1);
      expect(await quote(pool)).toEqual({
        speaker: { id: bertaId },
        said: { edtf: '2018-07-03' },
        saidBasis: 'CURATOR',
      });
      expect((await quote(library))?.speaker).toBeNull();
      expect(await timelineIds(annaId)).not.toContain(pool);
    },
  );

  it(
    'when a later version names another speaker for the corrected words, ' +
      'then the correction follows the words to the new fact',
    async () => {
      const clara = `Clara ${tag}`;
      const v = version([`${berta} thanked the volunteers.`, `${clara} chairs the pool board.`]);
      v.body = v.body.replace(
        `"The pool reopens next week," ${anna} said`,
        `"The pool reopens next week," ${clara} said`,
      );
      expect((await ingestDocument(db, v)).status).toBe('replaced');
      const [now] = await db.raw(
        'MATCH (q:Quote)-[:SOURCED_FROM]->(:Document {id: $id}) WHERE q.text CONTAINS "pool" RETURN q.id AS id',
        { id: docId },
      );
      // the words have another id now (it hashes the extractor's speaker) and the old fact is gone
      moved = now!.id as string;
      expect(moved).not.toBe(pool);
      expect(await quote(pool)).toBeNull();
      expect(await quote(moved)).toEqual({
        speaker: { id: bertaId },
        said: { edtf: '2018-07-03' },
        saidBasis: 'CURATOR',
      });
      const corrections = await db.raw('MATCH (c:Correction) WHERE c.factId IN $ids RETURN c.factId AS id', {
        ids: [pool, moved],
      });
      expect(corrections).toEqual([{ id: moved }]);
    },
  );

  it(
    'when the fact is not a quote or claim, is unknown, or both a speaker and unattributed are given, ' +
      'then nothing changes and the payload says why',
    async () => {
      expect(
        (await correct('event:0000000000000000', { earliest: '2018-07-01' })).body?.data?.correctFact.errors[0],
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'id',
      });
      expect(
        (await correct('quote:0000000000000000', { earliest: '2018-07-01' })).body?.data?.correctFact.errors[0],
      ).toMatchObject({
        code: 'NOT_FOUND',
        field: 'id',
      });
      expect(
        (await correct(moved, { speakerId: annaId, unattributed: true })).body?.data?.correctFact.errors[0],
      ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unattributed' });
      expect((await quote(moved))?.speaker).toEqual({ id: bertaId });
    },
  );
});
