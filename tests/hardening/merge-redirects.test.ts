import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { typed } from '../gql/gql.ts';
import { dataOf } from '../support/test-api.ts';
import type { TypedDocumentString } from '../gql/graphql.ts';

/**
 * After mergeEntities the merged-away id keeps working: reads by that id answer for the survivor,
 * and a later article naming the old entity adds to the survivor instead of bringing it back. The
 * person and articles are invented for this file.
 */
describe('merged entity ids resolve to the survivor, in reads and in later ingests', () => {
  const scope = testScope('mrg').toLowerCase();
  const { keys, env } = testKeys(scope);
  const merged = 'person:ingrid-vasquell';
  const keep = `person:${scope}-keep`;
  const docs: string[] = [];
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  const ed = () => bearer(keys.editor);
  const read = async <Data, Variables>(query: TypedDocumentString<Data, Variables>, variables?: Variables) => {
    const r = await gql(api, query, variables);
    expect(r.body?.errors).toBeUndefined();
    return dataOf(r.body);
  };
  const ingest = async (text: string, n: number) => {
    const r = await gql(
      api,
      typed(
        `mutation MergeIngestDocument($i: IngestDocumentInput!) { ingestDocument(input: $i) {
          documentId status errors { code message } } }`,
      ),
      { i: { text, url: `https://example.invalid/${scope}/${n}`, publishedAt: '2026-04-10', lang: 'en' } },
      ed(),
    );
    expect(r.body?.data?.ingestDocument.errors).toEqual([]);
    docs.push(dataOf(r.body).ingestDocument.documentId!);
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
  });

  afterAll(async () => {
    const all = [merged, keep, ...docs];
    await db?.raw('MATCH (a:AuditEntry) WHERE a.target IN $all OR a.who STARTS WITH $scope DETACH DELETE a', {
      all,
      scope,
    });
    await db?.raw('MATCH (d:Document) WHERE d.id IN $docs OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', {
      docs,
    });
    await db?.raw('MATCH (n) WHERE (n:Entity OR n:EntityRedirect) AND n.id IN $all DETACH DELETE n', { all });
    await api?.stop();
    await db?.close();
  });

  it(
    'when the extracted person is merged into a curated one, ' + 'then a later article naming her adds to the survivor',
    async () => {
      await ingest(`Ingrid Vasquell said on Monday: "The harbour plan ${scope} is finished."\n`, 1);
      expect((await db.raw('MATCH (e:Entity {id: $id}) RETURN e.id AS id', { id: merged })).length).toBe(1);
      await gql(
        api,
        typed(`mutation MergeUpsertEntity($i: UpsertEntityInput!) { upsertEntity(input: $i) { entity { id } } }`),
        { i: { id: keep, kind: 'PERSON', name: 'Ingrid Vasquell-Borg' } },
        ed(),
      );
      const m = await gql(
        api,
        typed(
          `mutation MergeMergeEntities($k: ID!, $m: ID!) { mergeEntities(keep: $k, merge: $m) {
            mergedIds errors { code } } }`,
        ),
        { k: keep, m: merged },
        ed(),
      );
      expect(m.body?.data?.mergeEntities).toEqual({ mergedIds: [merged], errors: [] });

      await ingest(`Ingrid Vasquell said on Tuesday: "The harbour plan ${scope} starts in May."\n`, 2);
      expect((await db.raw('MATCH (e:Entity {id: $id}) RETURN e.id AS id', { id: merged })).length).toBe(0);
      const [row] = await db.raw(
        'MATCH (e:Entity {id: $id})-[:SAID]->(q:Quote) RETURN count(q) AS quotes, e.name AS name, e.aliases AS aliases',
        { id: keep },
      );
      expect(row).toMatchObject({ quotes: 2, name: 'Ingrid Vasquell-Borg' });
      expect(row!.aliases).toContain('Ingrid Vasquell');
    },
  );

  it('when reads name the merged-away id, then they answer for the survivor', async () => {
    const e = await read(typed(`query MergeEntity($id: ID!) { entity(id: $id) { id name } node(id: $id) { id } }`), {
      id: merged,
    });
    expect(e).toEqual({ entity: { id: keep, name: 'Ingrid Vasquell-Borg' }, node: { id: keep } });

    const t = await read(
      typed(`query MergeTimeline($e: [ID!]!, $from: Date) { timeline(entityIds: $e, from: $from) { totalCount } }`),
      {
        e: [merged],
      },
    );
    expect(t.timeline.totalCount).toBeGreaterThanOrEqual(2);
    const ranged = await read(
      typed(
        `query MergeTimeline2($e: [ID!]!) { timeline(entityIds: $e, from: "2026-04-01", to: "2026-04-30",
          kinds: [QUOTE]) { totalCount } }`,
      ),
      { e: [merged, keep] },
    );
    expect(ranged.timeline.totalCount).toBe(2);

    const a = await read(
      typed(
        `query MergeActivity($e: [ID!]!) { activity(entityIds: $e, from: "2026-04-01", to: "2026-04-30",
          bucket: MONTH) { quotes } }`,
      ),
      { e: [merged] },
    );
    expect(a.activity).toEqual([{ quotes: 2 }]);

    const q = await read(
      typed(
        `query MergeQuotes($s: ID!) { quotes(filter: { speakerId: $s }) { totalCount edges { node { speaker {
          id } } } } }`,
      ),
      { s: merged },
    );
    expect(q.quotes.totalCount).toBe(2);
    expect(q.quotes.edges.map((x) => x.node.speaker?.id)).toEqual([keep, keep]);
    // in a window, the statement resolves the redirect and brings the speaker along: one round trip
    const names: string[] = [];
    const off = db.onQuery((ev) => names.push(ev.name));
    const w = await read(
      typed(
        `query MergeQuotes2($s: ID!) { quotes(filter: { speakerId: $s, from: "2026-04-01", to: "2026-04-30" }) {
          totalCount edges { node { speaker { id name } } } } }`,
      ),
      { s: merged },
    );
    off();
    expect(w.quotes.totalCount).toBe(2);
    expect(w.quotes.edges.map((x) => x.node.speaker)).toEqual([
      { id: keep, name: 'Ingrid Vasquell-Borg' },
      { id: keep, name: 'Ingrid Vasquell-Borg' },
    ]);
    expect(names).toEqual(['quote/quotes-by-speaker-in-range']);

    // without the redirect the old id would be NOT_FOUND (read() fails on any error)
    const c = await read(typed(`query MergeCoMentions($id: ID!) { coMentions(entityId: $id) { entity { id } } }`), {
      id: merged,
    });
    expect(c.coMentions).toEqual([]);
  });
});
