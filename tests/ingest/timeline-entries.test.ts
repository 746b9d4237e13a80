import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { mergeEntities, upsertEntity } from '../../src/curation/entities.ts';
import { retractFact } from '../../src/curation/facts.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { readQuotes } from '../../src/queries/quote/read-quotes.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

/**
 * The per-entity timeline entries (ON_TIMELINE, read by timeline/timeline-page) are derived data: after
 * every write they must equal what the graph implies, computed here entity-first the way the timeline
 * was read before the entries existed. Articles, speakers and the curated person are invented here.
 */
describe('per-entity timeline entries follow the graph', () => {
  let db: Database;
  const scope = testScope('entries');
  const tag = scope.slice(-6).replace(/[^a-z]/g, 'x');
  const speaker = `Marit Q${tag}`;
  const guest = `Oskar V${tag}`;
  const url = `https://test.quotegraph.invalid/${scope}`;
  const otherUrl = `https://test.quotegraph.invalid/${scope}-other`;
  const keep = `person:${scope}-curated`;
  const meta = (u: string) => ({
    source: u,
    title: 'Test',
    url: u,
    outlet: 'Test Courier',
    publishedAt: '2025-10-01',
    lang: 'en',
  });
  const v1 =
    `The defence minister ${speaker} met the foreign minister ${guest} in Oslo. "Only the first version says ` +
    `this," ${speaker} said on 3 March 2025. "The foreign minister ${guest} and I agree on the ${tag} ` +
    `fleet," ${speaker} said on 3 March 2025. According to Reuters, ${speaker} said in January 2025 that the ` +
    `${tag} fleet would grow.`;
  const v2 =
    `The defence minister ${speaker} spoke with the foreign minister ${guest} in Oslo on 3 March 2025. "Only ` +
    `the second version says this," ${speaker} said.`;
  const other =
    `In another article on 4 March 2025, the defence minister ${speaker}, who had met the foreign minister ` +
    `${guest}, repeated: "Only the first version says this," ${speaker} said.`;
  const docs: string[] = [];

  /** The test's entities: everyone named in its articles, and the curated person. */
  const entityIds = async () =>
    (
      await db.raw(
        'MATCH (d:Document)-[:MENTIONS]->(e:Entity) WHERE d.url IN $urls RETURN collect(DISTINCT e.id) AS ids',
        { urls: [url, otherUrl] },
      )
    )[0]!.ids as string[];

  /** (entity, fact) pairs the graph implies for dated facts, entity-first; and the entries there are. */
  const expectedAndActual = async (ids: string[]) => {
    const expected = await db.raw(
      `MATCH (e:Entity) WHERE e.id IN $ids
       CALL (e) {
         MATCH (e)-[:SAID]->(n:Quote) RETURN n
         UNION MATCH (e)-[:CLAIMED]->(n:Claim) RETURN n
         UNION MATCH (e)<-[:ABOUT]-(n:Claim) RETURN n
         UNION MATCH (e)-[:PUBLISHED]->(n:Report) RETURN n
         UNION MATCH (e)-[:PARTICIPATED_IN]->(n:Event) RETURN n
         UNION MATCH (e)<-[:LOCATED_IN]-(n:Event) RETURN n
         UNION MATCH (e)-[:SAID|CLAIMED]->()-[:AT]->(n:Event) RETURN n
         UNION MATCH (e)<-[m:MENTIONS]-(:Document)<-[s:SOURCED_FROM]-(n) WHERE any(x IN m.starts
           WHERE x >= s.start AND x < s.end) RETURN n
       }
       WITH e, n WHERE n.earliest IS NOT NULL
       RETURN e.id + ' ' + n.id AS pair ORDER BY pair`,
      { ids },
    );
    const actual = await db.raw(
      `MATCH (e:Entity)-[t:ON_TIMELINE]->(n) WHERE e.id IN $ids
       RETURN t.entity + ' ' + n.id AS pair, e.id = t.entity AND t.precision = n.precision
         AND t.earliest = n.earliest AND t.latest = n.latest
         AND t.retracted = coalesce(n.retracted, false)
         AND t.key = toString(n.earliest) + '|' + right('0000000' + toString(duration.inDays(n.latest,
           date('9999-12-31')).days), 7) + '|' + n.id AS exact
       ORDER BY pair`,
      { ids },
    );
    expect(actual.filter((r) => !r.exact)).toEqual([]);
    return { expected: expected.map((r) => r.pair as string), actual: actual.map((r) => r.pair as string) };
  };

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.raw('MATCH (d:Document) WHERE d.url IN $urls OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', {
      urls: [url, otherUrl],
    });
    await db.raw(
      'MATCH (n) WHERE (n:Entity AND (n.name CONTAINS $tag OR n.id = $keep)) OR (n:EntityRedirect AND n.to ' +
        '= $keep) DETACH DELETE n',
      { tag, keep },
    );
    await db.raw('MATCH (q:Quote) WHERE q.text CONTAINS $tag DETACH DELETE q', { tag });
    await db.raw('MATCH (a:AuditEntry) WHERE a.target = $keep OR a.who = $who DETACH DELETE a', { keep, who: scope });
    await db.close();
  });

  it(
    'when two articles are ingested, ' +
      'then every entity has an entry for each dated fact it belongs to, and no other',
    async () => {
      docs.push((await ingestDocument(db, { meta: meta(url), body: v1 })).documentId);
      docs.push((await ingestDocument(db, { meta: meta(otherUrl), body: other })).documentId);
      const ids = await entityIds();
      const { expected, actual } = await expectedAndActual(ids);
      expect(actual).toEqual(expected);
      const [speakerId] = (await db.raw('MATCH (p:Person {name: $speaker}) RETURN p.id AS id', { speaker })).map(
        (r) => r.id as string,
      );
      // the speaker's two quotes of the first article, and the guest's entry that comes only from
      // his name inside a quote
      expect(actual.filter((p) => p.startsWith(`${speakerId} quote:`)).length).toBe(2);
      const [guestQuotes] = await db.raw(
        'MATCH (g:Person {name: $guest})-[t:ON_TIMELINE]->(q:Quote) WHERE NOT (g)-[:SAID]->(q) RETURN count(t) AS n',
        { guest },
      );
      expect(guestQuotes!.n).toBe(1);
      // quotes by speaker and window read these entries, but only what the speaker SAID
      const quotesOf = async (id: string) =>
        (
          await db.read((tx) =>
            readQuotes(tx, {
              speakerId: id,
              aboutId: null,
              from: '2025-01-01',
              to: '2025-12-31',
              text: null,
              lang: null,
              outletId: null,
              asOf: null,
              afterKey: null,
              first: 20,
              includeRetracted: false,
              withRelated: false,
              textDatedOnly: false,
              minConfidence: null,
              methods: null,
            }),
          )
        ).total;
      const [guestId] = (await db.raw('MATCH (p:Person {name: $guest}) RETURN p.id AS id', { guest })).map(
        (r) => r.id as string,
      );
      expect(await quotesOf(guestId!)).toBe(0);
      expect(await quotesOf(speakerId!)).toBe(2);
    },
  );

  it('when the same article comes again, then the entries are the very same relationships', async () => {
    const before = await db.raw(
      'MATCH (:Entity)-[t:ON_TIMELINE]->()-[:SOURCED_FROM]->(d:Document) WHERE d.url IN $urls RETURN ' +
        'collect(DISTINCT elementId(t)) AS ids',
      { urls: [url, otherUrl] },
    );
    expect((await ingestDocument(db, { meta: meta(url), body: v1 })).status).toBe('unchanged');
    const after = await db.raw(
      'MATCH (:Entity)-[t:ON_TIMELINE]->()-[:SOURCED_FROM]->(d:Document) WHERE d.url IN $urls RETURN ' +
        'collect(DISTINCT elementId(t)) AS ids',
      { urls: [url, otherUrl] },
    );
    expect((after[0]!.ids as string[]).sort()).toEqual((before[0]!.ids as string[]).sort());
  });

  it(
    'when a new version replaces the article, ' +
      'then entries of what it no longer says go and a shared quote keeps only what still supports it',
    async () => {
      const ids = await entityIds();
      // a retracted fact outlives the version that supported it (ingest/delete-document), but not the
      // guest's entry, which came only from his name in that version's span
      const [guestQuote] = await db.raw('MATCH (q:Quote) WHERE q.text CONTAINS $guest RETURN q.id AS id', { guest });
      await retractFact(db, scope, guestQuote!.id as string, 'test: outlives its article');
      const [flags] = await db.raw(
        'MATCH (:Entity)-[t:ON_TIMELINE]->(:Quote {id: $id}) RETURN collect(DISTINCT t.retracted) AS flags',
        { id: guestQuote!.id },
      );
      expect(flags).toEqual({ flags: [true] });
      expect((await ingestDocument(db, { meta: meta(url), body: v2 })).status).toBe('replaced');
      const { expected, actual } = await expectedAndActual(ids);
      expect(actual).toEqual(expected);
      const [gone] = await db.raw(
        `MATCH (e:Entity)-[t:ON_TIMELINE]->(q:Quote) WHERE e.name = $guest RETURN count(t) AS n`,
        { guest },
      );
      expect(gone!.n).toBe(0);
      const [stays] = await db.raw(
        'MATCH (p:Person {name: $speaker})-[:ON_TIMELINE]->(q:Quote {id: $id}) RETURN q.retracted AS retracted',
        { speaker, id: guestQuote!.id },
      );
      expect(stays).toEqual({ retracted: true });
      // the quote the other article repeats stays on the speaker's timeline
      const [kept] = await db.raw(
        `MATCH (p:Person {name: $speaker})-[t:ON_TIMELINE]->(q:Quote) WHERE q.text STARTS WITH 'Only the ` +
          `first version' RETURN count(t) AS n`,
        { speaker },
      );
      expect(kept!.n).toBe(1);
    },
  );

  it(
    'when the speaker is merged into a curated person, ' + "then the entries are the curated person's, once per fact",
    async () => {
      const [speakerId] = (await db.raw('MATCH (p:Person {name: $speaker}) RETURN p.id AS id', { speaker })).map(
        (r) => r.id as string,
      );
      const before = await db.raw('MATCH (:Entity {id: $id})-[t:ON_TIMELINE]->(n) RETURN collect(n.id) AS facts', {
        id: speakerId,
      });
      await upsertEntity(db, 'test', { id: keep, kind: 'PERSON', name: `Marit Q${tag} (curated)` });
      await mergeEntities(db, 'test', keep, speakerId!);
      const { expected, actual } = await expectedAndActual([...(await entityIds()), keep]);
      expect(actual).toEqual(expected);
      expect(actual.filter((p) => p.startsWith(`${speakerId} `))).toEqual([]);
      expect(
        actual
          .filter((p) => p.startsWith(`${keep} `))
          .map((p) => p.split(' ')[1])
          .sort(),
      ).toEqual((before[0]!.facts as string[]).sort());
    },
  );

  it(
    'when the entries are lost, ' + 'then the backfill migration writes them again, and a second run changes nothing',
    async () => {
      const ids = [...(await entityIds()), keep];
      const { actual: before } = await expectedAndActual(ids);
      await db.raw('MATCH (e:Entity)-[t:ON_TIMELINE]->() WHERE e.id IN $ids DELETE t', { ids });
      expect((await expectedAndActual(ids)).actual).toEqual([]);
      const backfill = (await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations'))).find((m) =>
        m.id.endsWith('timeline-entries-backfill'),
      );
      expect(backfill).toBeDefined();
      await db.raw(backfill!.statement, {}, 0);
      expect((await expectedAndActual(ids)).actual).toEqual(before);
      await db.raw(backfill!.statement, {}, 0);
      const { expected, actual } = await expectedAndActual(ids);
      expect(actual).toEqual(before);
      expect(actual).toEqual(expected);
    },
  );
});
