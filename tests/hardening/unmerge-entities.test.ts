import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { typed } from '../gql/gql.ts';
import { dataOf } from '../support/test-api.ts';

/**
 * unmergeEntities gives a merged entity back exactly what it had: its relationships (quotes said,
 * a role whose fromId names it), its mentions (also where one document named both and the merge
 * folded them into one), its aliases and its timeline. The people and articles are invented here.
 */
describe('unmergeEntities undoes a merge', () => {
  const scope = testScope('unm').toLowerCase();
  const { keys, env } = testKeys(scope);
  const merged = 'person:liesel-tarnow';
  const keep = 'person:liesel-ekholm';
  const council = `org:${scope}-council`;
  const docs: string[] = [];
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  const ed = () => bearer(keys.editor);

  const ingest = async (text: string, n: number) => {
    const r = await gql(
      api,
      typed(
        `mutation UnmergeIngest($i: IngestDocumentInput!) { ingestDocument(input: $i) {
          documentId errors { code message } } }`,
      ),
      { i: { text, url: `https://example.invalid/${scope}/${n}`, publishedAt: '2026-03-06', lang: 'en' } },
      ed(),
    );
    expect(r.body?.data?.ingestDocument.errors).toEqual([]);
    docs.push(dataOf(r.body).ingestDocument.documentId!);
  };
  const MERGE = typed(`mutation UnmergeMerge($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {
    mergedIds errors { code } } }`);
  const UNMERGE = typed(`mutation UnmergeUnmerge($k: ID!, $m: ID!, $why: String!) {
    unmergeEntities(keep: $k, merged: $m, reason: $why) {
      entity { id } restored { id name } moved errors { code field message } } }`);
  const unmerge = async (k: string, m: string) =>
    (await gql(api, UNMERGE, { k, m, why: 'two people, one surname' }, ed())).body?.data?.unmergeEntities;

  /** Everything the two entities have, as sorted lines, with the bookkeeping of a merge left out. */
  const state = async () => {
    const rows = await db.raw(
      `MATCH (e:Entity) WHERE e.id IN $ids
       OPTIONAL MATCH (e)-[r]-(o)
       WITH e, collect(type(r) + (CASE WHEN startNode(r) = e THEN '>' ELSE '<' END) + coalesce(o.id, '?') + ' ' +
         apoc.convert.toJson(apoc.map.removeKeys(properties(r), ['mergedFrom']))) AS rels
       RETURN e.id AS id, [l IN labels(e) | l] AS labels,
         apoc.convert.toJson(apoc.map.removeKeys(properties(e), ['mergedIds'])) AS props,
         coalesce(e.mergedIds, []) AS mergedIds, rels`,
      { ids: [merged, keep] },
    );
    return rows
      .map((r) => ({
        id: r.id as string,
        props: r.props as string,
        mergedIds: r.mergedIds as string[],
        labels: (r.labels as string[]).sort(),
        rels: (r.rels as string[]).sort(),
      }))
      .sort((a, b) => a.id.localeCompare(b.id));
  };
  const timelineCount = async (id: string) => {
    const r = await gql(
      api,
      typed(`query UnmergeTimeline($e: [ID!]!) { timeline(entityIds: $e) { totalCount } }`),
      { e: [id] },
      ed(),
    );
    return dataOf(r.body).timeline.totalCount;
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    await ingest(`Liesel Tarnow said on 3 March 2026: "The bridge ${scope} opens in June."\n`, 1);
    await ingest(`Liesel Ekholm said on 4 March 2026: "The bridge ${scope} costs too much."\n`, 2);
    await ingest(
      `Liesel Ekholm and Liesel Tarnow met in Kessburg on 5 March 2026. ` +
        `"We agree on the bridge ${scope} now," Liesel Tarnow said.\n`,
      3,
    );
    const up = await gql(
      api,
      typed(`mutation UnmergeUpsert($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }`),
      { i: { id: council, kind: 'ORGANIZATION', name: `Kessburg Council ${scope}` } },
      ed(),
    );
    expect(up.body?.errors).toBeUndefined();
    const role = await gql(
      api,
      typed(`mutation UnmergeAssert($i: AssertFactInput!) { assertFact(input: $i) { factId errors { code } } }`),
      {
        i: {
          type: 'HELD_ROLE',
          from: merged,
          to: council,
          role: 'mayor',
          earliest: '2026-01-01',
          sourceDocumentId: docs[0]!,
        },
      },
      ed(),
    );
    expect(role.body?.data?.assertFact.errors).toEqual([]);
  });

  afterAll(async () => {
    const ids = [merged, keep, council];
    await db?.raw('MATCH (a:AuditEntry) WHERE a.target IN $ids OR a.who STARTS WITH $scope DETACH DELETE a', {
      ids,
      scope,
    });
    await db?.raw('MATCH (d:Document) WHERE d.id IN $docs OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', {
      docs,
    });
    await db?.raw(
      `MATCH (n) WHERE ((n:Entity OR n:EntityRedirect) AND n.id IN $ids) OR (n:EntitySnapshot AND n.snapshotOf IN $ids)
       DETACH DELETE n`,
      { ids },
    );
    await api?.stop();
    await db?.close();
  });

  it(
    'when one person is merged into another and the merge is undone, ' +
      'then both have exactly their relationships, mentions, aliases and timelines of before',
    async () => {
      const before = await state();
      expect(before.map((e) => e.id)).toEqual([keep, merged]);
      const saidBy = (s: typeof before, id: string) =>
        (s.find((e) => e.id === id)?.rels ?? []).filter((r) => r.startsWith('SAID>')).length;
      expect(saidBy(before, merged)).toBe(2);
      const mentionsOfDoc3 = async () =>
        db.raw(
          'MATCH (:Document {id: $d})-[m:MENTIONS]->(e:Entity) WHERE e.id IN $ids RETURN e.id AS id, m.starts AS s',
          {
            d: docs[2],
            ids: [merged, keep],
          },
        );
      const mentionsBefore = await mentionsOfDoc3();
      expect(mentionsBefore).toHaveLength(2);
      const timeline = { merged: await timelineCount(merged), keep: await timelineCount(keep) };
      expect(timeline.merged).toBeGreaterThanOrEqual(2);

      const m = await gql(api, MERGE, { k: keep, m: merged }, ed());
      expect(m.body?.data?.mergeEntities).toEqual({ mergedIds: [merged], errors: [] });
      const during = await state();
      expect(during.map((e) => e.id)).toEqual([keep]);
      expect(saidBy(during, keep)).toBe(saidBy(before, keep) + 2);
      expect(await mentionsOfDoc3()).toHaveLength(1);

      expect((await unmerge(council, merged))?.errors[0]).toMatchObject({ code: 'CONFLICT', field: 'keep' });
      expect((await unmerge(merged, merged))?.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'keep' });
      const u = await unmerge(keep, merged);
      expect(u?.errors).toEqual([]);
      expect(u).toMatchObject({ entity: { id: keep }, restored: { id: merged, name: 'Liesel Tarnow' } });
      expect(u!.moved).toBeGreaterThanOrEqual(3);

      expect(await state()).toEqual(before);
      const byId = (rows: Record<string, unknown>[]) =>
        [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));
      expect(byId(await mentionsOfDoc3())).toEqual(byId(mentionsBefore));
      expect({ merged: await timelineCount(merged), keep: await timelineCount(keep) }).toEqual(timeline);
      const [role] = await db.raw('MATCH (:Entity {id: $id})-[r:HELD_ROLE]->() RETURN r.fromId AS fromId', {
        id: merged,
      });
      expect(role).toEqual({ fromId: merged });
      const [audit] = await db.raw(
        `MATCH (a:AuditEntry {operation: 'unmergeEntities', target: $keep}) RETURN a.after AS after`,
        { keep },
      );
      expect(JSON.parse(audit!.after as string)).toMatchObject({
        restored: { id: merged },
        reason: 'two people, one surname',
      });
      // the redirect is gone: the id names the person again, and a later article adds to her
      const e = await gql(api, typed(`query UnmergeEntity($id: ID!) { entity(id: $id) { id } }`), { id: merged }, ed());
      expect(dataOf(e.body).entity).toEqual({ id: merged });
    },
  );

  it('when there is nothing to undo, then the answer says why and names the argument', async () => {
    expect((await unmerge(keep, merged))?.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'merged' });
    expect((await unmerge(keep, `person:${scope}-never`))?.errors[0]).toMatchObject({
      code: 'NOT_FOUND',
      field: 'merged',
    });
    expect((await unmerge(keep, 'not an id'))?.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'merged' });
  });
});
