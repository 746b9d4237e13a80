import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { upsertEntity } from '../../src/curation/entities.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { linkWikidata } from '../../src/wikidata/link-wikidata.ts';
import { bearer, gql, startCapturedApi, testKeys } from '../hardening/support.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// An invented article (written for this test, naming invented people) puts its own entities in the
// graph; a curator adds four entities that go by real names. The fixture holds six real Wikidata
// items (tests/fixtures/wikidata). Only this test's entities take part in the pass.
describe('linking graph entities to Wikidata from a dump file', () => {
  const scope = testScope('wikidata-link');
  const tag = `Wend${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const speaker = `Greta ${tag}`;
  const url = `https://test.quotegraph.invalid/${scope}/article`;
  const dump = path.join(projectRoot(), 'tests/fixtures/wikidata/entities-dump.json');
  const { keys, env } = testKeys(scope);
  const ids = {
    rubio: `person:${scope}-rubio`,
    nato: `org:${scope}-nato`,
    usa: `country:${scope}-usa`,
    jordan: `person:${scope}-jordan`,
    place: `place:${scope}-deutschland`,
  };
  let db: Database;
  let api: Awaited<ReturnType<typeof startCapturedApi>>;
  let documentId = '';
  let entityIds: string[] = [];

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
    documentId = (
      await ingestDocument(db, {
        meta: {
          source: url,
          title: `${tag} harbour`,
          url,
          outlet: `${tag} Gazette`,
          publishedAt: '2019-06-08',
          lang: 'en',
        },
        body: [
          'Invented text, written for a quotegraph test.',
          `"The harbour will be dredged this summer," ${tag} Harbour Authority chair ${speaker} said on 7 June 2019.`,
        ].join('\n\n'),
      })
    ).documentId;
    const who = `test:${scope}`;
    await upsertEntity(db, who, { id: ids.rubio, kind: 'PERSON', name: `Rubio ${tag}`, aliases: ['Marco Rubio'] });
    await upsertEntity(db, who, {
      id: ids.nato,
      kind: 'ALLIANCE',
      name: `Allianz ${tag}`,
      aliases: ['North Atlantic Treaty Organization'],
    });
    await upsertEntity(db, who, {
      id: ids.usa,
      kind: 'COUNTRY',
      name: `Staaten ${tag}`,
      aliases: ['Vereinigte Staaten'],
    });
    await upsertEntity(db, who, {
      id: ids.jordan,
      kind: 'PERSON',
      name: `Jordan ${tag}`,
      aliases: ['Michael Jordan', 'Michael I. Jordan'],
    });
    // the only item named Deutschland is a country, not a city: no link, no candidate
    await upsertEntity(db, who, { id: ids.place, kind: 'PLACE', name: `Ort ${tag}`, aliases: ['Deutschland'] });
    const [speakerRow] = await db.raw('MATCH (p:Person {name: $speaker}) RETURN p.id AS id', { speaker });
    expect(speakerRow).toBeDefined();
    entityIds = [...Object.values(ids), speakerRow!.id as string];
  });

  afterAll(async () => {
    await db.raw('MATCH (c:WikidataCandidate) WHERE c.entityId IN $ids DELETE c', { ids: entityIds });
    await db.raw('MATCH (r:WikidataRejection) WHERE r.entityId IN $ids DELETE r', { ids: entityIds });
    await db.raw('MATCH (d:Document {url: $url}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', { url });
    await db.raw('MATCH (e:Entity) WHERE e.id IN $ids OR e.name CONTAINS $tag DETACH DELETE e', {
      ids: entityIds,
      tag,
    });
    await db.raw('MATCH (a:AuditEntry) WHERE a.target IN $ids DETACH DELETE a', { ids: [...entityIds, documentId] });
    await api?.stop();
    await db?.close();
  });

  it(
    'when the dump is read, ' + 'then single fitting items link, ambiguous names stay candidates, the rest nothing',
    async () => {
      const s = await linkWikidata(db, [dump], { entityIds });
      expect(s).toMatchObject({ entitiesRead: 6, links: 3, linksChanged: 3, candidates: 2, candidatesCreated: 2 });
      const linked = await db.raw(
        `MATCH (e:Entity) WHERE e.id IN $ids
       RETURN e.id AS id, e.wikidataId AS qid, e.wikidataConfidence AS confidence, e.wikidataEvidence AS evidence
         ORDER BY id`,
        { ids: entityIds },
      );
      const byId = new Map(linked.map((r) => [r.id as string, r]));
      expect(byId.get(ids.rubio)).toMatchObject({ qid: 'Q324546', confidence: 0.9 });
      expect(JSON.parse(byId.get(ids.rubio)!.evidence as string)).toEqual({
        matched: 'label',
        language: 'de',
        text: 'Marco Rubio',
        p31: ['Q5'],
      });
      expect(byId.get(ids.nato)).toMatchObject({ qid: 'Q7184', confidence: 0.7 });
      expect(JSON.parse(byId.get(ids.nato)!.evidence as string)).toMatchObject({ matched: 'alias', language: 'en' });
      expect(byId.get(ids.usa)).toMatchObject({ qid: 'Q30', confidence: 0.9 });
      expect(byId.get(ids.jordan)).toMatchObject({ qid: null });
      expect(byId.get(ids.place)).toMatchObject({ qid: null });
      const candidates = await db.raw(
        'MATCH (c:WikidataCandidate) WHERE c.entityId IN $ids ' +
          'RETURN c.entityId AS entityId, c.qid AS qid, c.label AS label ORDER BY qid',
        { ids: entityIds },
      );
      expect(candidates).toEqual([
        { entityId: ids.jordan, qid: 'Q3308285', label: 'Michael I. Jordan' },
        { entityId: ids.jordan, qid: 'Q41421', label: 'Michael Jordan' },
      ]);
    },
  );

  it('when the same file is linked again, then nothing changes', async () => {
    const before = await db.raw(
      'MATCH (e:Entity) WHERE e.id IN $ids ' +
        'RETURN e.id AS id, e.wikidataId AS qid, e.wikidataEvidence AS ev ORDER BY id',
      { ids: entityIds },
    );
    const s = await linkWikidata(db, [dump], { entityIds });
    expect(s).toMatchObject({ links: 3, linksChanged: 0, candidates: 2, candidatesCreated: 0 });
    const after = await db.raw(
      'MATCH (e:Entity) WHERE e.id IN $ids ' +
        'RETURN e.id AS id, e.wikidataId AS qid, e.wikidataEvidence AS ev ORDER BY id',
      { ids: entityIds },
    );
    expect(after).toEqual(before);
    const [n] = await db.raw('MATCH (c:WikidataCandidate) WHERE c.entityId IN $ids RETURN count(c) AS n', {
      ids: entityIds,
    });
    expect(Number(n!.n)).toBe(2);
  });

  it('when a pass stops after a checkpoint, then the next goes on from it and ends as a whole pass does', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-wikidata-state-'));
    try {
      const statePath = path.join(dir, 'link.state.json');
      const stop = new Error('stopped by the test');
      // checkpoints after every 2 entities; the progress callback stops the pass at the 3rd
      const stopped = linkWikidata(db, [dump], {
        entityIds,
        statePath,
        checkpointEvery: 2,
        every: 3,
        onProgress: () => {
          throw stop;
        },
      });
      await expect(stopped).rejects.toBe(stop);
      const saved = JSON.parse(readFileSync(statePath, 'utf8'));
      expect(saved).toMatchObject({ fileIndex: 0, line: 3, read: 2 });
      const s = await linkWikidata(db, [dump], { entityIds, statePath, checkpointEvery: 2 });
      expect(s).toMatchObject({
        resumedFrom: { file: dump, line: 3 },
        entitiesRead: 6,
        links: 3,
        linksChanged: 0,
        candidates: 2,
        malformed: 0,
      });
      expect(existsSync(statePath)).toBe(false);
      // a checkpoint of other files is refused, naming it
      writeFileSync(statePath, JSON.stringify({ ...saved, files: [{ path: 'other.json', size: 1, mtimeMs: 1 }] }));
      await expect(linkWikidata(db, [dump], { entityIds, statePath })).rejects.toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringContaining(`${statePath}: the checkpoint of a pass over other files`),
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when lines of the dump are malformed, then they are named, skipped and counted, and the rest links', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-wikidata-bad-'));
    try {
      const bad = path.join(dir, 'latest-all.json');
      const lines = readFileSync(dump, 'utf8').split('\n');
      lines.splice(2, 0, '{"type":"item","id":"Q1",', 'not json at all,');
      writeFileSync(bad, lines.join('\n'));
      const s = await linkWikidata(db, [bad], { entityIds });
      expect(s).toMatchObject({ entitiesRead: 6, links: 3, linksChanged: 0, malformed: 2 });
      expect(s.malformedLines.map((m) => `${m.file}:${m.line}`)).toEqual([`${bad}:3`, `${bad}:4`]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('when a reader asks for entities over GraphQL, then wikidataId is the link or null', async () => {
    const r = await gql(
      api,
      `query($a: ID!, $b: ID!, $c: ID!) {
        a: entity(id: $a) { id wikidataId ... on Person { name } }
        b: entity(id: $b) { id wikidataId }
        c: entity(id: $c) { id wikidataId }
      }`,
      { a: ids.rubio, b: ids.jordan, c: ids.nato },
      bearer(keys.reader),
    );
    expect(r.body?.errors).toBeUndefined();
    expect(r.body?.data).toEqual({
      a: { id: ids.rubio, wikidataId: 'Q324546', name: `Rubio ${tag}` },
      b: { id: ids.jordan, wikidataId: null },
      c: { id: ids.nato, wikidataId: 'Q7184' },
    });
  });

  it('when an entity is asked for its external ids, then a linked one has its Wikidata item and page', async () => {
    const r = await gql(
      api,
      `query($a: ID!, $b: ID!) {
        a: entity(id: $a) { externalIds { source id url } }
        b: entity(id: $b) { externalIds { source id url } }
      }`,
      { a: ids.usa, b: ids.jordan },
      bearer(keys.reader),
    );
    expect(r.body?.errors).toBeUndefined();
    expect(r.body?.data).toEqual({
      a: { externalIds: [{ source: 'wikidata', id: 'Q30', url: 'https://www.wikidata.org/wiki/Q30' }] },
      b: { externalIds: [] },
    });
  });

  it('when the search is a QID, then it finds the entities linked to that item, of the kinds asked', async () => {
    const search = `query($q: String!, $kinds: [EntityKind!]) {
      search(query: $q, kinds: $kinds) { score snippet entity { id } }
    }`;
    const ask = async (q: string, kinds: string[] | null = null) => {
      const r = await gql(api, search, { q, kinds }, bearer(keys.reader));
      expect(r.body?.errors).toBeUndefined();
      type Hit = { score: number; snippet: string; entity: { id: string } | null };
      return (r.body?.data as { search: Hit[] } | undefined)?.search ?? [];
    };
    // the sample corpus's Marco Rubio (linked by other test files on this server) is found too
    const hits = await ask(' q324546 ');
    expect(hits).toContainEqual({ score: 1, snippet: 'Q324546', entity: { id: ids.rubio } });
    expect(hits.every((h) => h.score === 1 && h.snippet === 'Q324546')).toBe(true);
    expect((await ask('Q324546', ['PERSON'])).map((h) => h.entity?.id)).toContain(ids.rubio);
    expect(await ask('Q324546', ['COUNTRY'])).toEqual([]);
    // an unlinked item finds nothing, and a word that only looks like one is searched as text
    expect(await ask('Q999999999')).toEqual([]);
    expect((await ask(`Q324546 ${tag}`)).every((h) => h.score !== 1 || h.snippet !== 'Q324546')).toBe(true);
  });

  describe('curators review the links', () => {
    const editor = bearer(keys.editor);
    const CANDIDATES = `query($id: ID) { wikidataCandidates(entityId: $id) { entity { id } qid label confidence } }`;
    const SET = `mutation($id: ID!, $qid: String!) {
      setWikidataLink(entityId: $id, qid: $qid) { entity { id wikidataId } errors { code field message } } }`;
    const REJECT = `mutation($id: ID!, $qid: String!, $why: String!) {
      rejectWikidataLink(entityId: $id, qid: $qid, reason: $why) { entity { id wikidataId } errors { code field } } }`;
    const linkOf = async (id: string) =>
      (
        await db.raw(
          'MATCH (e:Entity {id: $id}) RETURN e.wikidataId AS qid, e.wikidataConfidence AS confidence, ' +
            'coalesce(e.wikidataCurated, false) AS curated',
          { id },
        )
      )[0];

    it('when the candidates are asked, then the ambiguous entity has both items, best first', async () => {
      const r = await gql(api, CANDIDATES, { id: ids.jordan }, bearer(keys.reader));
      expect(r.body?.errors).toBeUndefined();
      expect(r.body?.data).toEqual({
        wikidataCandidates: [
          { entity: { id: ids.jordan }, qid: 'Q3308285', label: 'Michael I. Jordan', confidence: 0.9 },
          { entity: { id: ids.jordan }, qid: 'Q41421', label: 'Michael Jordan', confidence: 0.9 },
        ],
      });
    });

    it('when one candidate is rejected, then the next pass links the other and never proposes it again', async () => {
      const r = await gql(api, REJECT, { id: ids.jordan, qid: 'q3308285', why: 'the ML researcher' }, editor);
      expect(r.body?.data).toEqual({
        rejectWikidataLink: { entity: { id: ids.jordan, wikidataId: null }, errors: [] },
      });
      const s = await linkWikidata(db, [dump], { entityIds });
      expect(s).toMatchObject({ links: 4, candidates: 0 });
      expect(await linkOf(ids.jordan)).toEqual({ qid: 'Q41421', confidence: 0.9, curated: false });
      const left = await gql(api, CANDIDATES, { id: ids.jordan }, bearer(keys.reader));
      expect(left.body?.data).toEqual({ wikidataCandidates: [] });
    });

    const kept =
      'when a curator sets a link, then it is theirs and a pass keeps it; a rejected link goes and stays gone';
    it(kept, async () => {
      const set = await gql(api, SET, { id: ids.nato, qid: 'Q7184' }, editor);
      expect(set.body?.data).toEqual({
        setWikidataLink: { entity: { id: ids.nato, wikidataId: 'Q7184' }, errors: [] },
      });
      expect(await linkOf(ids.nato)).toEqual({ qid: 'Q7184', confidence: 1, curated: true });
      const rejected = await gql(api, REJECT, { id: ids.usa, qid: 'Q30', why: 'testing a rejection' }, editor);
      expect(rejected.body?.data).toEqual({
        rejectWikidataLink: { entity: { id: ids.usa, wikidataId: null }, errors: [] },
      });
      await linkWikidata(db, [dump], { entityIds });
      expect(await linkOf(ids.nato)).toEqual({ qid: 'Q7184', confidence: 1, curated: true });
      expect(await linkOf(ids.usa)).toEqual({ qid: null, confidence: null, curated: false });
      const audit = await db.raw(
        'MATCH (a:AuditEntry) WHERE a.target IN $ids AND a.operation IN $ops RETURN a.operation AS op ORDER BY a.at',
        { ids: entityIds, ops: ['setWikidataLink', 'rejectWikidataLink'] },
      );
      expect(audit.map((a) => a.op)).toEqual(['rejectWikidataLink', 'setWikidataLink', 'rejectWikidataLink']);
    });

    it('when the admin reads the audit log, then times are DateTime and records JSON objects', async () => {
      const r = await gql(
        api,
        `{ auditLog(first: 50) { edges { node { at operation target before after } } }
           date: __type(name: "Date") { specifiedByURL } json: __type(name: "JSON") { specifiedByURL } }`,
        {},
        bearer(keys.admin),
      );
      expect(r.body?.errors).toBeUndefined();
      type Entry = { at: string; operation: string; target: string; before: unknown; after: unknown };
      const data = r.body?.data as {
        auditLog: { edges: { node: Entry }[] };
        date: { specifiedByURL: string };
        json: { specifiedByURL: string };
      };
      const set = data.auditLog.edges.map((e) => e.node).find((n) => n.operation === 'setWikidataLink');
      expect(set).toBeDefined();
      expect(set!.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(set!.before).toMatchObject({ id: ids.nato, curated: false });
      expect(set!.after).toMatchObject({ id: ids.nato, wikidataId: 'Q7184', curated: true, confidence: 1 });
      expect(data.date.specifiedByURL).toContain('rfc3339');
      expect(data.json.specifiedByURL).toContain('rfc8259');
    });

    it('when the item id or the entity is wrong, then the payload says which field', async () => {
      const bad = await gql(api, SET, { id: ids.nato, qid: 'NATO' }, editor);
      expect(bad.body?.data).toMatchObject({
        setWikidataLink: { entity: null, errors: [{ code: 'BAD_USER_INPUT', field: 'qid' }] },
      });
      const missing = await gql(api, SET, { id: `person:${scope}-nobody`, qid: 'Q1' }, editor);
      expect(missing.body?.data).toMatchObject({
        setWikidataLink: { entity: null, errors: [{ code: 'NOT_FOUND', field: 'entityId' }] },
      });
      const reader = await gql(api, SET, { id: ids.nato, qid: 'Q7184' }, bearer(keys.reader));
      expect(reader.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });
});
