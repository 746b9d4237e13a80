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
import type { WdQuotesQuery } from '../gql/graphql.ts';
import { dataOf } from '../support/test-api.ts';

// Two invented articles (written for this test, dated 2019 and naming nothing of the sample corpus)
// share a quote and the speaker's role (asserted by a curator from each); the second also has a quote of its own.
describe('withdrawing a document without deleting it, and restoring it', () => {
  const scope = testScope('withdraw-doc');
  const tag = `Kolm${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const speaker = `Ilse ${tag}`;
  const urlPrefix = `https://test.quotegraph.invalid/${scope}/`;
  const { keys, env } = testKeys(scope);
  const article = (k: string, publishedAt: string, lines: string[]) => ({
    meta: {
      source: `${urlPrefix}${k}`,
      title: `${tag} ${k}`,
      url: `${urlPrefix}${k}`,
      outlet: `${tag} Gazette`,
      publishedAt,
      lang: 'en',
    },
    body: [
      'Invented text, written for a quotegraph test.',
      `${tag} Harbour Authority Chair ${speaker} spoke on 7 June 2019.`,
      ...lines,
    ].join('\n\n'),
  });
  const shared = `"The harbour will be dredged this summer," ${speaker} said on 7 June 2019.`;
  const own = `"The lighthouse stays lit through the works," ${speaker} said on 7 June 2019.`;
  const first = article('first', '2019-06-08', [shared]);
  const second = article('second', '2019-06-10', [shared, own]);
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let firstId = '';
  let secondId = '';
  let personId = '';

  /** what a researcher reads about the speaker and the two articles, through the API */
  const reads = async () => {
    const r = await gql(
      api,
      typed(`query WdQuotes($p: ID!, $a: ID!, $b: ID!, $q: String!) {
        quotes(filter: { speakerId: $p }, includeRetracted: true) { edges { node {
          text knownSince retraction { reason } sources { document { id } excerpt } } } }
        entity(id: $p) { ... on Person { roles { role knownSince sources { document { id } } } } }
        a: document(id: $a) { id } b: document(id: $b) { id }
        search(query: $q) { quote { text } }
        timeline(entityIds: [$p]) { totalCount }
      }`),
      { p: personId, a: firstId, b: secondId, q: 'lighthouse' },
    );
    expect(r.body?.errors).toBeUndefined();
    return dataOf(r.body);
  };
  const withdraw = (id: string, key: string, reason: string) =>
    gql(
      api,
      typed(
        `mutation WdWithdrawDocument($id: ID!, $r: String!) { withdrawDocument(id: $id, reason: $r) {
          documentId hiddenFacts keptFacts hiddenRelations errors { code field message } } }`,
      ),
      { id, r: reason },
      bearer(key),
    );
  const restore = (id: string, key: string) =>
    gql(
      api,
      typed(
        `mutation WdRestoreDocument($id: ID!) { restoreDocument(id: $id) {
          documentId shownFacts shownRelations errors { code field message } } }`,
      ),
      { id },
      bearer(key),
    );
  /** the roles of the entity read (a Person: its roles are asked on Person) */
  const rolesOf = (entity: WdQuotesQuery['entity']) => (entity && 'roles' in entity ? entity.roles : undefined);

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    firstId = (await ingestDocument(db, first)).documentId;
    secondId = (await ingestDocument(db, second)).documentId;
    const [p] = await db.raw('MATCH (p:Person {name: $speaker}) RETURN p.id AS id', { speaker });
    personId = p!.id as string;
    const [org] = await db.raw('MATCH (o:Organization {name: $name}) RETURN o.id AS id', {
      name: `${tag} Harbour Authority`,
    });
    for (const doc of [firstId, secondId]) {
      const i = {
        type: 'HELD_ROLE' as const,
        from: personId,
        to: org!.id as string,
        role: 'chair',
        earliest: '2019-06-07',
        sourceDocumentId: doc,
      };
      const r = await gql(
        api,
        typed(`mutation WdAssertFact($i: AssertFactInput!) { assertFact(input: $i) { errors { code } } }`),
        { i },
        bearer(keys.editor),
      );
      expect(r.body?.data?.assertFact.errors).toEqual([]);
    }
  });
  afterAll(async () => {
    for (const label of ['Document', 'WithdrawnDocument'])
      await db.raw(
        `MATCH (d:${label}) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f`,
        { p: urlPrefix },
      );
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db.raw('MATCH (a:AuditEntry) WHERE a.target IN $ids DETACH DELETE a', { ids: [firstId, secondId] });
    await api?.stop();
    await db.close();
  });

  it(
    'when a document is withdrawn, then it leaves every read, what only it supported is hidden as retracted, ' +
      'and what another document supports keeps that source',
    async () => {
      const before = await reads();
      expect(before.quotes.edges).toHaveLength(2);
      expect(rolesOf(before.entity)).toHaveLength(1);
      expect(before.search.map((h: { quote: { text: string } | null }) => h.quote?.text)).toContain(
        'The lighthouse stays lit through the works,',
      );
      const [expected] = await db.raw(
        `MATCH (:Document {id: $id})<-[:SOURCED_FROM]-(f)
       WITH f, COUNT { (f)-[:SOURCED_FROM]->(:Document) } AS sources
       RETURN sum(CASE WHEN sources = 1 THEN 1 ELSE 0 END) AS hidden, sum(CASE WHEN sources > 1 THEN 1 ELSE 0
         END) AS kept`,
        { id: secondId },
      );
      const reader = await withdraw(secondId, keys.reader, 'no');
      expect(reader.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

      const r = await withdraw(`${urlPrefix}second`, keys.editor, 'the outlet took the article down');
      expect(r.body?.data?.withdrawDocument).toEqual({
        documentId: secondId,
        hiddenFacts: expected!.hidden,
        keptFacts: expected!.kept,
        hiddenRelations: 0,
        errors: [],
      });
      expect(expected!.hidden).toBeGreaterThanOrEqual(1);

      const after = await reads();
      expect(after.b).toBeNull();
      expect(after.a).toEqual({ id: firstId });
      expect(after.search).toEqual([]);
      const quotes = after.quotes.edges
        .map((e: { node: { text: string } }) => e.node)
        .sort((x: { text: string }, y: { text: string }) => x.text.localeCompare(y.text));
      expect(quotes).toEqual([
        expect.objectContaining({
          text: 'The harbour will be dredged this summer,',
          retraction: null,
          knownSince: '2019-06-08',
          sources: [expect.objectContaining({ document: { id: firstId } })],
        }),
        expect.objectContaining({
          text: 'The lighthouse stays lit through the works,',
          retraction: {
            reason: `its only source, document ${secondId}, was withdrawn: the outlet took the article down`,
          },
          sources: [],
        }),
      ]);
      for (const role of rolesOf(after.entity)!) expect(role.sources).toEqual([{ document: { id: firstId } }]);
      expect(after.timeline.totalCount).toBeLessThan(before.timeline.totalCount);

      // a reader cannot bring it back by sending it again
      await expect(ingestDocument(db, second)).rejects.toThrow(/withdrawn by a curator; restore it/);
      const again = await withdraw(secondId, keys.editor, 'twice');
      expect(again.body?.data?.withdrawDocument.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'id' });
    },
  );

  it('when it is restored, then every read and the graph are as before the withdrawal', async () => {
    // what the withdrawal changed: the first article's footprint with the second one restored must equal the one before
    await restore(secondId, keys.editor);
    const before = await reads();
    const graphBefore = await footprint(db, [firstId, secondId]);
    await withdraw(secondId, keys.editor, 'again, to restore it');
    const r = await restore(`${urlPrefix}second`, keys.editor);
    expect(r.body?.data?.restoreDocument).toMatchObject({ documentId: secondId, shownRelations: 0, errors: [] });
    expect(r.body?.data?.restoreDocument.shownFacts).toBeGreaterThanOrEqual(1);
    expect(await reads()).toEqual(before);
    expect(await footprint(db, [firstId, secondId])).toEqual(graphBefore);
    const notWithdrawn = await restore(secondId, keys.editor);
    expect(notWithdrawn.body?.data?.restoreDocument.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'id' });
    const ops = await db.raw(
      'MATCH (a:AuditEntry {target: $id}) RETURN a.operation AS op, a.who AS who ORDER BY a.at, a.id',
      { id: secondId },
    );
    expect(ops.map((o) => o.op)).toEqual([
      'withdrawDocument',
      'restoreDocument',
      'withdrawDocument',
      'restoreDocument',
    ]);
    expect(ops.every((o) => o.who === `${scope}-editor (editor)`)).toBe(true);
  });

  it(
    'when every source of a quote and a role is withdrawn, then both are hidden; restoring one source shows ' +
      'them again, but not a fact a curator retracted meanwhile',
    async () => {
      await withdraw(firstId, keys.editor, 'first down');
      const r = await withdraw(secondId, keys.editor, 'second down');
      expect(r.body?.data?.withdrawDocument.hiddenRelations).toBeGreaterThanOrEqual(1);
      const hidden = await reads();
      expect(rolesOf(hidden.entity)).toEqual([]);
      expect(hidden.quotes.edges.every((e: { node: { retraction: unknown } }) => e.node.retraction !== null)).toBe(
        true,
      );

      const [own] = await db.raw(
        'MATCH (q:Quote) WHERE q.text STARTS WITH "The lighthouse" AND q.text CONTAINS "works" AND EXISTS { ' +
          '(:Person {name: $speaker})-[:SAID]->(q) } RETURN q.id AS id',
        { speaker },
      );
      const retracted = await gql(
        api,
        typed(
          `mutation WdRetractFact($id: ID!) { retractFact(id: $id, reason: "the mayor denies saying it") {
            retracted errors { code } } }`,
        ),
        { id: own!.id as string },
        bearer(keys.editor),
      );
      expect(retracted.body?.data?.retractFact).toEqual({ retracted: true, errors: [] });

      await restore(secondId, keys.editor);
      const shown = await reads();
      expect(rolesOf(shown.entity)?.length).toBeGreaterThanOrEqual(1);
      for (const role of rolesOf(shown.entity)!) expect(role.sources).toEqual([{ document: { id: secondId } }]);
      const byText = Object.fromEntries(
        shown.quotes.edges.map((e: { node: { text: string; retraction: unknown } }) => [
          e.node.text,
          e.node.retraction,
        ]),
      );
      expect(byText).toEqual({
        'The harbour will be dredged this summer,': null,
        'The lighthouse stays lit through the works,': { reason: 'the mayor denies saying it' },
      });
    },
  );

  it(
    'when `quotegraph documents withdraw`, `restore` and `remove` run on a url, ' +
      'then each does its part and a withdrawn document can be removed',
    () => {
      const conn = inject('neo4j');
      const run = (...args: string[]) => {
        const out = spawnSync(
          process.execPath,
          [path.join(projectRoot(), 'bin', 'quotegraph.js'), 'documents', ...args],
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
        return { status: out.status, line: JSON.parse(out.stdout.trim()) };
      };
      // the first article is still withdrawn from the test before; removing it leaves no fact without a
      // source (the second article, restored, carries what they share and the quote a curator retracted)
      const restored = run('restore', `${urlPrefix}first`, '--json');
      expect(restored).toMatchObject({ status: 0, line: { given: `${urlPrefix}first`, documentId: firstId } });
      const withdrawn = run('withdraw', `${urlPrefix}first`, '--reason', 'a test', '--json');
      expect(withdrawn).toMatchObject({ status: 0, line: { documentId: firstId, hiddenFacts: 0 } });
      const removed = run('remove', `${urlPrefix}first`, '--reason', 'gone for good', '--json');
      expect(removed).toMatchObject({ status: 0, line: { documentId: firstId, deletedFacts: 0 } });
      expect(run('restore', `${urlPrefix}first`, '--json')).toMatchObject({
        status: 1,
        line: { error: { code: 'NOT_FOUND' } },
      });
      return db
        .raw('MATCH (d) WHERE (d:Document OR d:WithdrawnDocument) AND d.url STARTS WITH $p RETURN d.id AS id', {
          p: urlPrefix,
        })
        .then((docs) => expect(docs).toEqual([{ id: secondId }]));
    },
  );
});
