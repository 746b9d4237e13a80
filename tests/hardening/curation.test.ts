import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';
import { upsertEntity } from '../../src/curation/entities.ts';
import { resolveEntityId } from '../../src/queries/entity/resolve-entity-id.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { dataOf } from '../support/test-api.ts';
import { typed } from '../gql/gql.ts';

const hostile = 'O\'Brien `x` "}) DETACH DELETE n // /* c */ \u202e\u{1F600} é';

describe('curation mutations with an audit trail', () => {
  const scope = testScope('cur').toLowerCase();
  const { keys, env } = testKeys(scope);
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  const ed = () => bearer(keys.editor);
  const ids = { a: `person:${scope}-a`, b: `person:${scope}-b`, org: `org:${scope}-org`, place: `place:${scope}-p` };
  let docId = '';
  let factId = '';

  const audit = async (target: string) =>
    db.raw(
      'MATCH (a:AuditEntry {target: $t}) RETURN a.operation AS operation, a.who AS who, a.before AS ' +
        'before, a.after AS after ORDER BY a.at',
      { t: target },
    );

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
  });
  afterAll(async () => {
    const all = [...Object.values(ids), docId, factId];
    await db.raw('MATCH (a:AuditEntry) WHERE a.target IN $all OR a.who STARTS WITH $scope DETACH DELETE a', {
      all,
      scope,
    });
    await db.raw('MATCH (n) WHERE (n:Entity OR n:EntityRedirect) AND n.id IN $all DETACH DELETE n', { all });
    if (docId)
      await db.raw('MATCH (d:Document {id: $id}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', {
        id: docId,
      });
    await api?.stop();
    await db.close();
  });

  it(
    'when an editor ingests an article, ' +
      'then it is stored with its text verbatim, audited once, and the same text again is UNCHANGED',
    async () => {
      const text = `Lorem ipsum dolor sit amet ${scope}.\n\nConsectetur ${hostile} adipiscing elit.\n`;
      const m = typed(
        `mutation CurIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {
          documentId status document { text } errors { code field } } }`,
      );
      const dry = await gql(
        api,
        m,
        { i: { text, url: `https://example.invalid/${scope}`, publishedAt: '2026-02-17', dryRun: true } },
        ed(),
      );
      expect(dry.body?.data?.ingestDocument.status).toBe('DRY_RUN');
      docId = dataOf(dry.body).ingestDocument.documentId!;
      expect((await db.raw('MATCH (d:Document {id: $id}) RETURN d', { id: docId })).length).toBe(0);
      const r = await gql(
        api,
        m,
        { i: { text, url: `https://example.invalid/${scope}`, publishedAt: '2026-02-17' } },
        ed(),
      );
      expect(r.body?.errors).toBeUndefined();
      expect(r.body?.data?.ingestDocument).toMatchObject({ documentId: docId, status: 'CREATED', errors: [] });
      expect(r.body?.data?.ingestDocument.document?.text).toBe(text);
      const again = await gql(
        api,
        m,
        { i: { text, url: `https://example.invalid/${scope}`, publishedAt: '2026-02-17' } },
        ed(),
      );
      expect(again.body?.data?.ingestDocument.status).toBe('UNCHANGED');
      const entries = await audit(docId);
      expect(entries.map((e) => e.operation)).toEqual(['ingestDocument']);
      expect(entries[0]!.who).toBe(`${scope}-editor (editor)`);
    },
  );

  it('when an ingest input is bad, then the payload names the field and nothing is written', async () => {
    const m = typed(
      `mutation CurIngestDocument2($i: IngestDocumentInput!) { ingestDocument(input: $i) { documentId errors {
        code field } } }`,
    );
    for (const i of [
      { text: 'a\u0000b' },
      { text: 'x', lang: 'français!' },
      { text: 'x', url: 'javascript:alert(1)' },
      { text: '   ' },
    ]) {
      const r = await gql(api, m, { i }, ed());
      expect(r.body?.data?.ingestDocument.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(r.body?.data?.ingestDocument.documentId).toBeNull();
    }
  });

  it(
    'when entities are upserted and aliased, ' +
      'then names are stored verbatim and every change is audited with before and after',
    async () => {
      const up = typed(
        `mutation CurUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity {
          id name aliases } errors { code field message } } }`,
      );
      const a = await gql(api, up, { i: { id: ids.a, kind: 'PERSON', name: hostile } }, ed());
      expect(a.body?.data?.upsertEntity.entity).toEqual({ id: ids.a, name: hostile, aliases: [hostile] });
      await gql(api, up, { i: { id: ids.b, kind: 'PERSON', name: 'Bea Example', aliases: ['B. Example'] } }, ed());
      await gql(api, up, { i: { id: ids.org, kind: 'ORGANIZATION', name: 'Example Org' } }, ed());
      const wrongKind = await gql(api, up, { i: { id: ids.b, kind: 'PLACE', name: 'Bea' } }, ed());
      expect(wrongKind.body?.data?.upsertEntity.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'input.kind' });
      const al = await gql(
        api,
        typed(
          `mutation CurAddAlias($id: ID!, $a: String!) { addAlias(entityId: $id, alias: $a) { entity {
            aliases } errors { code } } }`,
        ),
        { id: ids.b, a: 'Beatrix' },
        ed(),
      );
      expect(al.body?.data?.addAlias.entity?.aliases).toEqual(['B. Example', 'Bea Example', 'Beatrix']);
      const missing = await gql(
        api,
        typed(
          `mutation CurAddAlias2 { addAlias(entityId: "person:nobody-xyz-404", alias: "x") { entity { id }
            errors { code field } } }`,
        ),
        {},
        ed(),
      );
      expect(missing.body?.data?.addAlias).toEqual({
        entity: null,
        errors: [{ code: 'NOT_FOUND', field: 'entityId' }],
      });
      const entries = await audit(ids.b);
      expect(entries.map((e) => e.operation)).toEqual(['upsertEntity', 'addAlias']);
      expect(entries[0]!.before).toBeNull();
      expect(JSON.parse(entries[1]!.before as string).aliases).not.toContain('Beatrix');
      expect(JSON.parse(entries[1]!.after as string).aliases).toContain('Beatrix');
    },
  );

  it(
    'when a fact is asserted and retracted, ' +
      'then it has the source and dates, is kept but marked, and a second retraction is a CONFLICT',
    async () => {
      const af = typed(
        `mutation CurAssertFact($i: AssertFactInput!) { assertFact(input: $i) { factId retracted errors {
          code field } } }`,
      );
      const bad = await gql(
        api,
        af,
        {
          i: {
            type: 'HELD_ROLE',
            from: ids.b,
            to: ids.org,
            role: 'Chair',
            earliest: '2026-02-10',
            latest: '2026-02-01',
            sourceDocumentId: docId,
          },
        },
        ed(),
      );
      expect(bad.body?.data?.assertFact.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.latest' });
      const nobody = await gql(
        api,
        af,
        {
          i: {
            type: 'HELD_ROLE',
            from: 'person:nobody-xyz-404',
            to: ids.org,
            earliest: '2026-02-10',
            sourceDocumentId: docId,
          },
        },
        ed(),
      );
      expect(nobody.body?.data?.assertFact.errors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'input.from' });
      // a type the schema does not have: sent as a plain string, since the typed document refuses it
      const badType = await gql(
        api,
        af.toString(),
        { i: { type: 'DETACH_DELETE', from: ids.b, to: ids.org, earliest: '2026-02-10', sourceDocumentId: docId } },
        ed(),
      );
      expect(badType.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const ok = await gql(
        api,
        af,
        {
          i: {
            type: 'HELD_ROLE',
            from: ids.b,
            to: ids.org,
            role: 'Chair',
            earliest: '2026-02-10',
            sourceDocumentId: docId,
            start: 0,
            end: 5,
          },
        },
        ed(),
      );
      expect(ok.body?.data?.assertFact.errors).toEqual([]);
      factId = dataOf(ok.body).assertFact.factId!;
      const [rel] = await db.raw(
        'MATCH (:Entity {id: $b})-[r:HELD_ROLE {id: $id}]->(:Entity {id: $o}) RETURN r.role AS role, r.edtf ' +
          'AS edtf, r.sourceDocs AS docs, r.evidence AS ev',
        { b: ids.b, o: ids.org, id: factId },
      );
      expect(rel).toMatchObject({ role: 'Chair', edtf: '2026-02-10', docs: [docId] });
      expect((rel!.ev as string[])[0]).toBe(`${docId}|0|5|curator:${scope}-editor|1`);
      const rf = typed(
        `mutation CurRetractFact($id: ID!, $why: String!) { retractFact(id: $id, reason: $why) {
          factId retracted errors { code field } } }`,
      );
      const r1 = await gql(api, rf, { id: factId, why: 'misread the article' }, ed());
      expect(r1.body?.data?.retractFact).toEqual({ factId, retracted: true, errors: [] });
      const [marked] = await db.raw(
        'MATCH ()-[r:HELD_ROLE {id: $id}]->() RETURN r.retracted AS retracted, r.retractedReason AS reason, ' +
          'r.retractedBy AS by, r.retractedAt IS NOT NULL AS at',
        { id: factId },
      );
      expect(marked).toEqual({
        retracted: true,
        reason: 'misread the article',
        by: `${scope}-editor (editor)`,
        at: true,
      });
      const r2 = await gql(api, rf, { id: factId, why: 'again' }, ed());
      expect(r2.body?.data?.retractFact.errors[0]).toMatchObject({ code: 'CONFLICT' });
      expect((await audit(factId)).map((e) => e.operation)).toEqual(['assertFact', 'retractFact']);
    },
  );

  it(
    "when B is merged into A, then B's relations and aliases move to A, B is gone and resolves to A, and " +
      'merging across kinds is refused',
    async () => {
      const mm = typed(
        `mutation CurMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) { entity {
          id aliases } mergedIds errors { code field } } }`,
      );
      const cross = await gql(api, mm, { k: ids.a, m: ids.org }, ed());
      expect(cross.body?.data?.mergeEntities.errors[0]).toMatchObject({ code: 'CONFLICT' });
      const r = await gql(api, mm, { k: ids.a, m: ids.b }, ed());
      expect(r.body?.errors).toBeUndefined();
      expect(r.body?.data?.mergeEntities.errors).toEqual([]);
      expect(r.body?.data?.mergeEntities.mergedIds).toEqual([ids.b]);
      expect(r.body?.data?.mergeEntities.entity?.aliases).toEqual(
        expect.arrayContaining(['B. Example', 'Bea Example', 'Beatrix']),
      );
      const [moved] = await db.raw(
        'MATCH (p:Entity)-[r:HELD_ROLE {id: $id}]->() RETURN p.id AS from, r.fromId AS fromId, r.toId AS ' +
          'toId, r.retracted AS retracted',
        { id: factId },
      );
      expect(moved).toEqual({ from: ids.a, fromId: ids.a, toId: ids.org, retracted: true });
      // so A's timeline (sought by fromId) now lists the role change
      const tl = await gql(
        api,
        typed(
          `query CurTimeline($id: ID!) { timeline(entityIds: [$id], kinds: [ROLE_CHANGE], includeRetracted: true) {
            edges { node { ... on RoleChange { id } } } } }`,
        ),
        { id: ids.a },
        ed(),
      );
      expect(tl.body?.data?.timeline.edges.map((e) => e.node.id)).toEqual([factId]);
      expect((await db.raw('MATCH (e:Entity {id: $id}) RETURN e', { id: ids.b })).length).toBe(0);
      expect(await db.read((tx) => resolveEntityId(tx, ids.b))).toBe(ids.a);
      const again = await gql(api, mm, { k: ids.a, m: ids.b }, ed());
      expect(again.body?.data?.mergeEntities.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'merge' });
      // an upsert naming the merged id lands on the survivor
      const up = await gql(
        api,
        typed(`mutation CurUpsertEntity2($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }`),
        { i: { id: ids.b, kind: 'PERSON', name: 'Bea Example' } },
        ed(),
      );
      expect(up.body?.data?.upsertEntity.entity?.id).toBe(ids.a);
    },
  );

  it(
    'when the admin pages through auditLog, ' +
      'then entries come newest first and the cursor continues without repeats',
    async () => {
      const q = typed(
        `query CurAuditLog($after: String) { auditLog(first: 2, after: $after) { edges { cursor node {
          id operation } } pageInfo { hasNextPage endCursor } } }`,
      );
      const p1 = await gql(api, q, {}, bearer(keys.admin));
      expect(p1.body?.data?.auditLog.edges).toHaveLength(2);
      const p2 = await gql(api, q, { after: p1.body?.data?.auditLog.pageInfo.endCursor }, bearer(keys.admin));
      const firstIds = p1.body?.data?.auditLog.edges.map((e) => e.node.id);
      for (const e of p2.body?.data?.auditLog.edges ?? []) expect(firstIds).not.toContain(e.node.id);
      const tooMany = await gql(
        api,
        typed(`query CurAuditLog2 { auditLog(first: 101) { edges { cursor } } }`),
        {},
        bearer(keys.admin),
      );
      expect(tooMany.body?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const forged = await gql(
        api,
        q,
        { after: Buffer.from(JSON.stringify({ k: "x' OR 1=1|y" })).toString('base64url') },
        bearer(keys.admin),
      );
      expect(forged.body?.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
    },
  );

  it('when the audit entry cannot be written, then the write it records is rolled back too', async () => {
    const real = db.queries;
    const broken = Object.assign(Object.create(Object.getPrototypeOf(real)), real, {
      get: (name: string) =>
        name === 'audit/record-entry' ? { ...real.get(name), text: 'RETURN 1 / 0 AS id' } : real.get(name),
    }) as CypherRegistry;
    const failing = new Database(db.driver, db.name, broken, 10_000);
    await expect(
      upsertEntity(failing, 'test', { id: ids.place, kind: 'PLACE', name: 'Nowhere' }),
    ).rejects.toMatchObject({ code: 'INTERNAL_SERVER_ERROR' });
    expect((await db.raw('MATCH (e:Entity {id: $id}) RETURN e', { id: ids.place })).length).toBe(0);
  });
});
