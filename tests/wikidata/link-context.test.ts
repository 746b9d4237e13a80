import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { upsertEntity } from '../../src/curation/entities.ts';
import { assertFact } from '../../src/curation/facts.ts';
import { setWikidataLink } from '../../src/curation/wikidata-links.ts';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { linkWikidata } from '../../src/wikidata/link-wikidata.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// Four people called Michael Jordan, made by a curator, each with different knowledge around it in
// the graph; the fixture dump holds two real items of that name (the basketball player, a member of
// the Chicago Bulls, and the computer scientist, employed by UC Berkeley). The pass chooses only
// where the graph's knowledge speaks for one of them.
describe('linking an ambiguous name by what the graph knows around the entity', () => {
  const scope = testScope('wikidata-context');
  const who = `test:${scope}`;
  const url = `https://test.quotegraph.invalid/${scope}/note`;
  const dump = path.join(projectRoot(), 'tests/fixtures/wikidata/entities-dump.json');
  const names = ['Michael Jordan', 'Michael I. Jordan'];
  const ids = {
    byTeam: `person:${scope}-mj-team`,
    byEmployer: `person:${scope}-mj-employer`,
    byRole: `person:${scope}-mj-role`,
    unknown: `person:${scope}-mj-unknown`,
    bulls: `org:${scope}-bulls`,
    berkeley: `org:${scope}-berkeley`,
    club: `org:${scope}-club`,
  };
  let db: Database;
  let documentId = '';
  const people = [ids.byTeam, ids.byEmployer, ids.byRole, ids.unknown];

  beforeAll(async () => {
    db = await openTestDatabase();
    documentId = (
      await ingestDocument(db, {
        meta: {
          source: url,
          title: `Note ${scope}`,
          url,
          outlet: `Notes ${scope}`,
          publishedAt: '2020-05-04',
          lang: 'en',
        },
        body: 'Invented text, written for a quotegraph test. It names nobody.',
      })
    ).documentId;
    for (const [i, id] of people.entries())
      await upsertEntity(db, who, { id, kind: 'PERSON', name: `Jordan ${scope} ${i}`, aliases: names });
    await upsertEntity(db, who, { id: ids.bulls, kind: 'ORGANIZATION', name: `Team ${scope}` });
    await upsertEntity(db, who, { id: ids.berkeley, kind: 'ORGANIZATION', name: `University ${scope}` });
    await upsertEntity(db, who, { id: ids.club, kind: 'ORGANIZATION', name: `Club ${scope}` });
    // the curator has linked the team and the university to their items
    await setWikidataLink(db, who, ids.bulls, 'Q128109');
    await setWikidataLink(db, who, ids.berkeley, 'Q168756');
    const fact = (from: string, to: string, type: string, role: string | null = null) =>
      assertFact(db, who, 'test', { type, from, to, role, earliest: '2020-05-04', sourceDocumentId: documentId });
    await fact(ids.byTeam, ids.bulls, 'MEMBER_OF');
    await fact(ids.byEmployer, ids.berkeley, 'HELD_ROLE', 'professor');
    // an organization without a link, but a role whose title the player's description contains
    await fact(ids.byRole, ids.club, 'HELD_ROLE', 'basketball player');
  });

  afterAll(async () => {
    const all = Object.values(ids);
    await db.raw('MATCH (c:WikidataCandidate) WHERE c.entityId IN $ids DELETE c', { ids: all });
    await db.raw('MATCH (d:Document {url: $url}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', { url });
    await db.raw('MATCH (e:Entity) WHERE e.id IN $ids DETACH DELETE e', { ids: all });
    await db.raw('MATCH (a:AuditEntry) WHERE a.target IN $ids DETACH DELETE a', { ids: [...all, documentId] });
    await db?.close();
  });

  const links = async () =>
    new Map(
      (
        await db.raw(
          'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id, e.wikidataId AS qid, ' +
            'e.wikidataConfidence AS confidence, e.wikidataEvidence AS evidence',
          { ids: people },
        )
      ).map((r) => [r.id as string, r]),
    );

  it('when the pass reads both items, then each entity with clear support links and says why', async () => {
    const s = await linkWikidata(db, [dump], { entityIds: people });
    expect(s).toMatchObject({ links: 3, candidates: 2 });
    const byId = await links();
    expect(byId.get(ids.byTeam)).toMatchObject({ qid: 'Q41421', confidence: 0.8 });
    expect(JSON.parse(byId.get(ids.byTeam)!.evidence as string)).toMatchObject({
      matched: 'label',
      context: { items: ['Q128109'], terms: [], score: 2, over: [{ qid: 'Q3308285', score: 0 }] },
    });
    expect(byId.get(ids.byEmployer)).toMatchObject({ qid: 'Q3308285', confidence: 0.8 });
    expect(JSON.parse(byId.get(ids.byEmployer)!.evidence as string)).toMatchObject({
      context: { items: ['Q168756'], score: 2 },
    });
    expect(byId.get(ids.byRole)).toMatchObject({ qid: 'Q41421' });
    expect(JSON.parse(byId.get(ids.byRole)!.evidence as string)).toMatchObject({
      context: { items: [], terms: ['basketball player'], score: 1 },
    });
    // nothing in the graph speaks for either: both stay for a curator
    expect(byId.get(ids.unknown)).toMatchObject({ qid: null });
    const candidates = await db.raw(
      'MATCH (c:WikidataCandidate) WHERE c.entityId IN $ids RETURN c.entityId AS id, c.qid AS qid ORDER BY qid',
      { ids: people },
    );
    expect(candidates).toEqual([
      { id: ids.unknown, qid: 'Q3308285' },
      { id: ids.unknown, qid: 'Q41421' },
    ]);
  });

  it('when the same pass runs again, then nothing changes', async () => {
    const before = await links();
    const s = await linkWikidata(db, [dump], { entityIds: people });
    expect(s).toMatchObject({ links: 3, linksChanged: 0, candidates: 2, candidatesCreated: 0 });
    expect(await links()).toEqual(before);
  });
});
