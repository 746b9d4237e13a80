import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reextract } from '../../src/curation/reextract.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { dataOf } from '../support/test-api.ts';
import { typed } from '../gql/gql.ts';
import type { SplitMentionInput } from '../gql/graphql.ts';

// An invented article (written for this test, dated 2017, naming nothing of the sample corpus) in which
// "Mr <surname>" is another man than the Douglas of the same surname, and the extractor joins them; a
// curator splits the mention off, and the split holds over a new version and over re-extraction.
describe('splitting a wrongly joined mention', () => {
  const scope = testScope('split');
  const tag = `Sple${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const url = `https://test.quotegraph.invalid/${scope}/article`;
  const douglas = `Douglas ${tag}`;
  const hamish = `Hamish ${tag}`;
  const mister = `Mr ${tag}`;
  const { keys, env } = testKeys(scope);
  const version = (extra: string[]) => ({
    meta: { source: url, title: `${tag} vote`, url, outlet: `${tag} Herald`, publishedAt: '2017-03-04', lang: 'en' },
    body: [
      'Invented text, written for a quotegraph test.',
      `${douglas} opened the session on 3 March 2017.`,
      `"We will vote for the budget," ${mister} said on 3 March 2017.`,
      ...extra,
    ].join('\n\n'),
  });
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let docId = '';
  let douglasId = '';
  let hamishId = '';

  const split = (input: SplitMentionInput, key = keys.editor) =>
    gql(
      api,
      typed(
        `mutation SplitSplitMention($i: SplitMentionInput!) { splitMention(input: $i) {
          spans reattributed errors { code field message } } }`,
      ),
      { i: input },
      bearer(key),
    );
  /** who said the budget quote, and which entities the document mentions with which words */
  const state = async () => {
    const [q] = await db.raw(
      `MATCH (q:Quote)-[:SOURCED_FROM]->(:Document {id: $id}) WHERE q.text CONTAINS 'budget'
       RETURN [(p:Entity)-[:SAID]->(q) | p.id] AS speakers`,
      { id: docId },
    );
    const mentions = await db.raw(
      `MATCH (d:Document {id: $id})-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids
       RETURN e.id AS id, [i IN range(0, size(m.starts) - 1) | substring(d.text, m.starts[i],
         m.ends[i] - m.starts[i])] AS words
       ORDER BY id`,
      { id: docId, ids: [douglasId, hamishId] },
    );
    return { speakers: q!.speakers, mentions: Object.fromEntries(mentions.map((m) => [m.id, m.words])) };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    docId = (await ingestDocument(db, version([]))).documentId;
    douglasId = (await db.raw('MATCH (p:Person {name: $n}) RETURN p.id AS id', { n: douglas }))[0]!.id as string;
    const made = await gql(
      api,
      typed(
        `mutation SplitUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } errors {
          code } } }`,
      ),
      { i: { kind: 'PERSON', name: hamish } },
      bearer(keys.editor),
    );
    hamishId = dataOf(made.body).upsertEntity.entity!.id;
  });
  afterAll(async () => {
    await db.raw('MATCH (d:Document {url: $url}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', { url });
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db.raw(
      `MATCH (n) WHERE (n:MentionSplit AND n.docId = $doc) OR (n:Correction AND $doc IN n.docIds)
         OR (n:AuditEntry AND n.target IN $ids) DETACH DELETE n`,
      { doc: docId, ids: [douglasId, hamishId] },
    );
    await api?.stop();
    await db.close();
  });

  it(
    'when the extractor joins "Mr X" to Douglas X, ' +
      'then the curator moves those words and the quote they cue to another person',
    async () => {
      // what the extractor did: one person for both names, and the quote his
      expect(await state()).toEqual({
        speakers: [douglasId],
        // the extractor's span of "Mr X" is the surname; the form of address stands before it
        mentions: { [douglasId]: expect.arrayContaining([douglas, tag]) },
      });
      const r = await split({ entityId: douglasId, documentId: docId, mention: mister, intoId: hamishId });
      expect(r.body?.data?.splitMention).toMatchObject({ spans: 1, errors: [] });
      expect(r.body?.data?.splitMention.reattributed).toHaveLength(1);
      const after = await state();
      expect(after.speakers).toEqual([hamishId]);
      expect(after.mentions[hamishId]).toEqual([tag]);
      expect(after.mentions[douglasId]).not.toContain(tag);
      expect(after.mentions[douglasId]).toContain(douglas);
      const [audit] = await db.raw(
        'MATCH (a:AuditEntry {operation: "splitMention", target: $id}) RETURN a.who AS who',
        {
          id: douglasId,
        },
      );
      expect(audit?.who).toBe(`${scope}-editor (editor)`);
    },
  );

  it('when a new version of the article comes and when it is extracted again, then the split still holds', async () => {
    const split = await state();
    expect((await ingestDocument(db, version(['The vote is on Friday.']))).status).toBe('replaced');
    expect(await state()).toEqual(split);
    await db.raw("MATCH (d:Document {id: $id}) SET d.extractor = 'quotegraph-extract/0.1.0-test'", { id: docId });
    expect((await reextract(db, `${scope}-curator`, { ids: [docId] })).replaced).toBe(1);
    expect(await state()).toEqual(split);
  });

  it(
    'when the words are not a mention of the entity there, the target is the same entity, or a reader asks, ' +
      'then nothing changes and the answer says why',
    async () => {
      const before = await state();
      const unknown = await split({ entityId: douglasId, documentId: docId, mention: 'Mrs Nobody', intoId: hamishId });
      expect(unknown.body?.data?.splitMention.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'input.mention' });
      const same = await split({ entityId: douglasId, documentId: docId, mention: douglas, intoId: douglasId });
      expect(same.body?.data?.splitMention.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.intoId' });
      const reader = await split(
        { entityId: douglasId, documentId: docId, mention: douglas, intoId: hamishId },
        keys.reader,
      );
      expect(reader.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(await state()).toEqual(before);
    },
  );
});
