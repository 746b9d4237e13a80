import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { footprint } from '../support/graph-footprint.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { typed } from '../gql/gql.ts';

// Two invented articles (written for this test, dated 2018 and naming nothing of the sample corpus)
// share one quote; the first also has a quote of its own.
describe('withdrawing a document', () => {
  const scope = testScope('remove-doc');
  const tag = `Wend${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const speaker = `Hedda ${tag}`;
  const urlPrefix = `https://test.quotegraph.invalid/${scope}/`;
  const { keys, env } = testKeys(scope);
  const article = (k: string, publishedAt: string, lines: string[]) => ({
    meta: {
      source: `${urlPrefix}${k}`,
      title: `${tag} ${k}`,
      url: `${urlPrefix}${k}`,
      outlet: `${tag} Courier`,
      publishedAt,
      lang: 'en',
    },
    body: [
      'Invented text, written for a quotegraph test.',
      `${speaker}, the mayor of ${tag}ville, spoke on 3 May 2018.`,
      ...lines,
    ].join('\n\n'),
  });
  const shared = `"The bridge will open in the spring," ${speaker} said on 3 May 2018.`;
  const own = `"The old ferry keeps running until then," ${speaker} said on 3 May 2018.`;
  const first = article('first', '2018-05-04', [shared]);
  const second = article('second', '2018-05-06', [shared, own]);
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let firstId = '';
  let secondId = '';

  const quotesOf = async () =>
    db.raw(
      `MATCH (p:Person {name: $speaker})-[:SAID]->(q:Quote)
       RETURN q.text AS text, q.sourceCount AS sources, [(q)-[:SOURCED_FROM]->(d) | d.id] AS docs ORDER BY text`,
      { speaker },
    );
  const remove = (id: string, reason: string, key: string) =>
    gql(
      api,
      typed(
        `mutation RmRemoveDocument($id: ID!, $r: String!) { removeDocument(id: $id, reason: $r) {
          documentId deletedFacts keptFacts deletedEntities deletedRelations errors { code field message } } }`,
      ),
      { id, r: reason },
      bearer(key),
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    firstId = (await ingestDocument(db, first)).documentId;
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: urlPrefix },
    );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db.raw('MATCH (a:AuditEntry) WHERE a.target IN $ids DETACH DELETE a', { ids: [firstId, secondId] });
    await api?.stop();
    await db.close();
  });

  it(
    'when a document that shares a quote with another is removed, ' +
      'then the shared quote stays with its other source and the graph of the other is as before',
    async () => {
      const alone = await footprint(db, [firstId]);
      secondId = (await ingestDocument(db, second)).documentId;
      expect((await quotesOf()).map((q) => [q.text, q.sources])).toEqual([
        ['The bridge will open in the spring,', 2],
        ['The old ferry keeps running until then,', 1],
      ]);
      const r = await remove(secondId, 'the outlet retracted the article', keys.admin);
      expect(r.body?.data?.removeDocument).toEqual({
        documentId: secondId,
        deletedFacts: 1,
        keptFacts: 1,
        deletedEntities: 0,
        deletedRelations: 0,
        errors: [],
      });
      expect(await quotesOf()).toEqual([{ text: 'The bridge will open in the spring,', sources: 1, docs: [firstId] }]);
      expect(await db.raw('MATCH (d:Document {id: $id}) RETURN d', { id: secondId })).toEqual([]);
      // no fact is left without a source, and the first article's graph is exactly what it was alone
      const orphans = await db.raw(
        `MATCH (f)--(:Person {name: $speaker}) WHERE (f:Quote OR f:Claim OR f:Event OR f:Report)
       AND NOT (f)-[:SOURCED_FROM]->() AND NOT coalesce(f.retracted, false)
       RETURN f.id AS id`,
        { speaker },
      );
      expect(orphans).toEqual([]);
      expect(await footprint(db, [firstId])).toEqual(alone);
    },
  );

  it('when it is removed, then the audit log keeps who, why, and the url, title and content hash', async () => {
    const [entry] = await db.raw(
      'MATCH (a:AuditEntry {target: $id, operation: "removeDocument"}) RETURN a.who AS who, a.before AS ' +
        'before, a.after AS after',
      {
        id: secondId,
      },
    );
    expect(entry?.who).toBe(`${scope}-admin (admin)`);
    expect(JSON.parse(entry!.before as string)).toMatchObject({
      id: secondId,
      url: `${urlPrefix}second`,
      title: `${tag} second`,
      facts: 2,
      contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    expect(JSON.parse(entry!.after as string)).toMatchObject({
      reason: 'the outlet retracted the article',
      deletedFacts: 1,
      keptFacts: 1,
    });
  });

  it(
    'when an editor asks, or the id is unknown or not an id, ' + 'then nothing is removed and the answer says why',
    async () => {
      const forbidden = await remove(firstId, 'no', keys.editor);
      expect(forbidden.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      const unknown = await remove('doc:0000000000000000000a', 'gone', keys.admin);
      expect(unknown.body?.data?.removeDocument.errors).toEqual([
        { code: 'NOT_FOUND', field: 'id', message: 'document "doc:0000000000000000000a" not found' },
      ]);
      const bad = await remove('not a document', 'gone', keys.admin);
      expect(bad.body?.data?.removeDocument.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
      expect(await quotesOf()).toHaveLength(1);
    },
  );

  it(
    'when the last source of a quote is removed with `quotegraph documents remove URL`, ' +
      'then the quote, the document and the entities only it named go',
    () => {
      const conn = inject('neo4j');
      const out = spawnSync(
        process.execPath,
        [
          path.join(projectRoot(), 'bin', 'quotegraph.js'),
          'documents',
          'remove',
          `${urlPrefix}first`,
          '--reason',
          'a test',
          '--json',
        ],
        {
          cwd: projectRoot(),
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH ?? '',
            HOME: process.env.HOME ?? '',
            TZ: 'UTC',
            NEO4J_URI: conn.uri,
            NEO4J_USER: conn.user,
            NEO4J_PASSWORD: conn.password,
          },
          timeout: 300_000,
        },
      );
      expect(out.stderr).not.toMatch(/Error|at .*\.ts/);
      expect(out.status).toBe(0);
      const line = JSON.parse(out.stdout.trim());
      expect(line).toMatchObject({ given: `${urlPrefix}first`, documentId: firstId, deletedFacts: 1, keptFacts: 0 });
      expect(line.deletedEntities).toBeGreaterThan(0);
      return Promise.all([
        quotesOf().then((q) => expect(q).toEqual([])),
        db
          .raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag RETURN e.id AS id', { tag })
          .then((e) => expect(e).toEqual([])),
      ]);
    },
  );
});
