import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { upsertEntity } from '../../src/curation/entities.ts';
import type { Database } from '../../src/db/database.ts';
import { linkWikidata } from '../../src/wikidata/link-wikidata.ts';
import { bearer, gql, startCapturedApi, testKeys } from '../hardening/support.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Three invented people who go by one invented name, and an invented Wikidata-format item with that
// name (written here: QID and name are this test's own, naming nobody).
describe('curators judge whether two entities are the same', () => {
  const scope = testScope('identity');
  const tag = `Orrin${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const ids = { a: `person:${scope}-a`, b: `person:${scope}-b`, c: `person:${scope}-c` };
  const qid = `Q8${Date.now() % 1_000_000_000}`;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-identity-'));
  const { keys, env } = testKeys(scope);
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  const JUDGE = `mutation($a: ID!, $b: ID!, $j: IdentityVerdict!, $why: String!) {
    judgeIdentity(entityId: $a, otherId: $b, judgement: $j, reason: $why) {
      judgement { entity { id } other { id } judgement reason by } errors { code field } } }`;
  const judge = async (a: string, b: string, j: string, key = keys.editor) =>
    (await gql(api, JUDGE, { a, b, j, why: `${j} in a test` }, bearer(key))).body;
  const LIST = `query($id: ID!) { identityJudgements(entityId: $id) { other { id } judgement reason by at } }`;

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    const who = `test:${scope}`;
    for (const [k, id] of Object.entries(ids))
      await upsertEntity(db, who, { id, kind: 'PERSON', name: `${k.toUpperCase()} ${tag}`, aliases: [`Wren ${tag}`] });
  });
  afterAll(async () => {
    await db.raw(
      `MATCH (n) WHERE (n:Entity AND n.id IN $ids) OR (n:IdentityJudgement AND (n.a IN $ids OR n.b IN $ids))
         OR (n:AuditEntry AND (n.target IN $ids OR any(i IN $ids WHERE n.target CONTAINS i)))
         OR (n:WikidataCandidate AND n.entityId IN $ids)
       DETACH DELETE n`,
      { ids: Object.values(ids) },
    );
    await api?.stop();
    await db?.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it(
    'when two entities are judged different, ' + 'then the judgement is listed from both, and merging them is refused',
    async () => {
      expect((await judge(ids.a, ids.b, 'DIFFERENT'))?.data).toEqual({
        judgeIdentity: {
          judgement: {
            entity: { id: ids.a },
            other: { id: ids.b },
            judgement: 'DIFFERENT',
            reason: 'DIFFERENT in a test',
            by: `${scope}-editor (editor)`,
          },
          errors: [],
        },
      });
      for (const [id, other] of [
        [ids.a, ids.b],
        [ids.b, ids.a],
      ]) {
        const r = await gql(api, LIST, { id }, bearer(keys.reader));
        expect(r.body?.errors).toBeUndefined();
        expect((r.body!.data as { identityJudgements: unknown[] }).identityJudgements).toEqual([
          {
            other: { id: other },
            judgement: 'DIFFERENT',
            reason: 'DIFFERENT in a test',
            by: expect.any(String),
            at: expect.any(String),
          },
        ]);
      }
      const MERGE = `mutation($k: ID!, $m: ID!) {
        mergeEntities(keep: $k, merge: $m) { errors { code field message } } }`;
      const merged = await gql(api, MERGE, { k: ids.a, m: ids.b }, bearer(keys.editor));
      const errors = (merged.body!.data as { mergeEntities: { errors: { code: string; message: string }[] } })
        .mergeEntities.errors;
      expect(errors[0]).toMatchObject({ code: 'CONFLICT' });
      expect(errors[0]!.message).toContain('judged different');
    },
  );

  it(
    'when a linking pass finds one item for entities judged different, ' +
      'then neither is linked: both keep it as a candidate',
    async () => {
      const file = path.join(tmp, 'items.jsonl');
      const item = {
        type: 'item',
        id: qid,
        labels: { en: { language: 'en', value: `Wren ${tag}` } },
        claims: {
          P31: [
            {
              mainsnak: {
                snaktype: 'value',
                property: 'P31',
                datavalue: { type: 'wikibase-entityid', value: { id: 'Q5' } },
              },
            },
          ],
        },
      };
      writeFileSync(file, `${JSON.stringify(item)}\n`);
      // a and b were judged different; c was not: alone it would link
      const pair = await linkWikidata(db, [file], { entityIds: [ids.a, ids.b] });
      expect(pair).toMatchObject({ links: 0, candidates: 2 });
      const single = await linkWikidata(db, [file], { entityIds: [ids.c] });
      expect(single).toMatchObject({ links: 1, candidates: 0 });
      // now c holds the item: a, judged different from c too, does not get it beside c
      expect((await judge(ids.a, ids.c, 'DIFFERENT'))?.data).toMatchObject({ judgeIdentity: { errors: [] } });
      expect(await linkWikidata(db, [file], { entityIds: [ids.a] })).toMatchObject({ links: 0, candidates: 1 });
    },
  );

  it('when the pair is judged again, then the new judgement replaces the old, and both are audited', async () => {
    expect((await judge(ids.b, ids.a, 'UNSURE'))?.data).toMatchObject({
      judgeIdentity: { judgement: { judgement: 'UNSURE' }, errors: [] },
    });
    const r = await gql(api, LIST, { id: ids.b }, bearer(keys.reader));
    expect((r.body!.data as { identityJudgements: { judgement: string }[] }).identityJudgements).toEqual([
      expect.objectContaining({ other: { id: ids.a }, judgement: 'UNSURE' }),
    ]);
    const [a, b] = [ids.a, ids.b].sort();
    const audit = await db.raw(
      'MATCH (e:AuditEntry {operation: $op, target: $t}) RETURN e.before AS before ORDER BY e.at',
      {
        op: 'judgeIdentity',
        t: `${a}|${b}`,
      },
    );
    expect(audit).toHaveLength(2);
  });

  it(
    'when the input is wrong, ' + 'then the answer names it: a reader, the same entity twice, an unknown entity',
    async () => {
      expect((await judge(ids.a, ids.b, 'SAME', keys.reader))?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect((await judge(ids.a, ids.a, 'SAME'))?.data).toMatchObject({
        judgeIdentity: { judgement: null, errors: [{ code: 'BAD_USER_INPUT', field: 'otherId' }] },
      });
      expect((await judge(ids.a, `person:${scope}-nobody`, 'SAME'))?.data).toMatchObject({
        judgeIdentity: { judgement: null, errors: [{ code: 'NOT_FOUND', field: 'otherId' }] },
      });
    },
  );
});
