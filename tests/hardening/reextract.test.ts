import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAlias, mergeEntities, upsertEntity } from '../../src/curation/entities.ts';
import { assertFact, retractFact } from '../../src/curation/facts.ts';
import { reextract } from '../../src/curation/reextract.ts';
import type { Database } from '../../src/db/database.ts';
import { EXTRACTOR, NOT_EXTRACTED_PREFIX } from '../../src/extract/extractor-version.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';
import { bearer, gql, startCapturedApi, testKeys } from './support.ts';
import { typed } from '../gql/gql.ts';

// Two invented articles (written for this test, dated 2018, naming nothing of the sample corpus) are
// ingested, made to look as if an older extractor had read them (its version, one quote it missed and
// one it made up), curated, and extracted again.
describe('re-extraction with a newer extractor', () => {
  const scope = testScope('reextract');
  const tag = `Harb${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
  const speaker = `Greta ${tag}`;
  const urlPrefix = `https://test.quotegraph.invalid/${scope}/`;
  const OLD = 'quotegraph-extract/0.1.0-test';
  const who = `${scope}-curator`;
  const article = (k: string, publishedAt: string, lines: string[]) => ({
    meta: {
      source: `${urlPrefix}${k}`,
      title: `${tag} ${k}`,
      url: `${urlPrefix}${k}`,
      outlet: `${tag} Post`,
      publishedAt,
      lang: 'en',
    },
    body: [
      'Invented text, written for a quotegraph test.',
      `${speaker}, the chair of the ${tag} Council, spoke on 1 June 2018.`,
      ...lines,
    ].join('\n\n'),
  });
  const first = article('first', '2018-06-02', [
    `"The harbour will be dredged this summer," ${speaker} said on 1 June 2018.`,
    `"Fishing boats keep their berths," ${speaker} said on 1 June 2018.`,
  ]);
  const second = article('second', '2018-06-05', [`"The budget is settled," ${speaker} said on 4 June 2018.`]);
  let db: Database;
  let ids: string[] = [];
  let speakerId = '';
  const keptId = `person:${scope.toLowerCase()}-greta`;
  let missedQuote = '';
  let retractedQuote = '';
  const bogus = `quote:${scope.toLowerCase()}-bogus`;

  /**
   * what these articles put in the graph, by id, with the quotes' days (properties that record when
   * a write ran left out)
   */
  const state = async () =>
    db
      .raw(
        `MATCH (d:Document) WHERE d.id IN $ids
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
       WITH collect(DISTINCT d.id + ' ' + d.extractor) AS docs, collect(DISTINCT f.id + ' ' + coalesce(f.edtf, '') +
         CASE WHEN f.retracted THEN ' retracted' ELSE '' END) AS facts
       OPTIONAL MATCH (e:Entity) WHERE e.name CONTAINS $tag
       OPTIONAL MATCH (e)-[r]-(:Entity)
       RETURN docs, facts, collect(DISTINCT e.id + ' ' + apoc.text.join(apoc.coll.sort(coalesce(e.aliases,
         [])), '|')) AS entities,
              collect(DISTINCT type(r) + ' ' + apoc.text.join(apoc.coll.sort(coalesce(r.sourceDocs, [])),
                '|')) AS relations`,
        { ids, tag },
      )
      .then(([row]) => Object.fromEntries(Object.entries(row!).map(([k, v]) => [k, [...(v as string[])].sort()])));
  const quotes = async () =>
    db.raw(
      'MATCH (p:Person)-[:SAID]->(q:Quote)-[:SOURCED_FROM]->(d:Document) WHERE d.id IN $ids RETURN ' +
        'DISTINCT p.id AS speaker, q.id AS id, q.text AS text, coalesce(q.retracted, false) AS retracted ' +
        'ORDER BY text',
      { ids },
    );
  const makeOld = async () => {
    await db.raw('MATCH (d:Document) WHERE d.id IN $ids SET d.extractor = $old', { ids, old: OLD });
    await db.raw('MATCH (q:Quote {id: $id}) DETACH DELETE q', { id: missedQuote });
    // and it read another day for the harbour quote
    await db.raw(
      "MATCH (q:Quote) WHERE q.text STARTS WITH 'The harbour' AND q.id <> $bogus SET q.edtf = '2018-05-30'",
      { bogus },
    );
    await db.raw(
      `MATCH (d:Document {id: $doc}), (p:Entity {id: $speaker})
       MERGE (q:Quote {id: $bogus}) SET q.text = 'Fishing boats keep their berths,', q.lang = 'en'
       MERGE (p)-[:SAID]->(q) MERGE (q)-[:SOURCED_FROM]->(d)`,
      { doc: ids[0], speaker: keptId, bogus },
    );
  };

  beforeAll(async () => {
    db = await openTestDatabase();
    ids = [(await ingestDocument(db, first)).documentId, (await ingestDocument(db, second)).documentId];
    const said = await quotes();
    speakerId = said[0]!.speaker as string;
    missedQuote = said.find((q) => String(q.text).startsWith('Fishing'))!.id as string;
    retractedQuote = said.find((q) => String(q.text).startsWith('The budget'))!.id as string;
    // curation: the speaker merged into a curated entity, an alias, a retraction, an asserted role
    await upsertEntity(db, who, { id: keptId, kind: 'PERSON', name: `Greta ${tag}-Lund` });
    await mergeEntities(db, who, keptId, speakerId);
    await addAlias(db, who, keptId, `G. ${tag}`);
    await retractFact(db, who, retractedQuote, 'misattributed in the source');
    const council = (
      await db.raw('MATCH (o:Organization) WHERE o.name = $n RETURN o.id AS id', { n: `${tag} Council` })
    )[0]?.id as string;
    expect(council).toBeDefined();
    await assertFact(db, who, who, {
      type: 'HELD_ROLE',
      from: keptId,
      to: council,
      role: 'chair',
      earliest: '2018-06-01',
      sourceDocumentId: ids[0]!,
    });
    await makeOld();
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: urlPrefix },
    );
    await db.raw(
      'MATCH (n) WHERE (n:Entity AND n.name CONTAINS $tag) OR (n:EntityRedirect AND n.to = $kept) OR ' +
        '(n:Quote AND n.id = $bogus) DETACH DELETE n',
      { tag, kept: keptId, bogus },
    );
    await db.raw(
      'MATCH (a:AuditEntry) WHERE a.who = $who OR a.target STARTS WITH $extractor AND a.who = $who DETACH DELETE a',
      { who, extractor: 'extractor:' },
    );
    await db.close();
  });

  it(
    'when a dry run reads them again, ' +
      'then it reports the quote the old version missed and the one it made up, and writes nothing',
    async () => {
      const before = await state();
      const dry = await reextract(db, who, { ids }, { dryRun: true });
      expect(dry).toMatchObject({
        extractor: EXTRACTOR,
        documents: 2,
        replaced: 2,
        failed: [],
        fromVersions: { [OLD]: 2 },
      });
      // documents are read in id order; in the first article the missed quote comes back under its real
      // speaker (the made-up one had its words: a changed speaker) and the harbour quote gets its day back
      expect(
        Object.fromEntries(
          dry.changes.map((c) => [c.id, [c.added.QUOTE, c.removed.QUOTE, c.changedSpeaker, c.changedDate]]),
        ),
      ).toEqual({
        [ids[0]!]: [1, 1, 1, 1],
        [ids[1]!]: [0, 0, 0, 0],
      });
      expect([dry.changedSpeaker, dry.changedDate]).toEqual([1, 1]);
      expect(dry.changes.map((c) => c.id)).toEqual([...ids].sort());
      expect(await state()).toEqual(before);
    },
  );

  it(
    'when they are extracted again, ' + 'then the graph has the new reading and every curation is still in force',
    async () => {
      const dry = await reextract(db, who, { ids }, { dryRun: true });
      const behind = async () =>
        (await db.query('system/extractor-status', { current: EXTRACTOR, notExtracted: NOT_EXTRACTED_PREFIX }))[0]!
          .behind;
      // our two documents are behind, counted from the index (system/extractor-status, which serverInfo uses)
      expect(await behind()).toBeGreaterThanOrEqual(2);
      const run = await reextract(db, who, { ids });
      // (the count after the run is not compared: other test files make documents old on the same server)
      expect(run.changes).toEqual(dry.changes);
      expect(run).toMatchObject({ documents: 2, replaced: 2, unchanged: 0, failed: [] });
      const said = await quotes();
      expect(said.map((q) => q.id)).toContain(missedQuote);
      expect(said.map((q) => q.id)).not.toContain(bogus);
      // merged stays merged: every quote is the curated entity's, and the merged id names no entity
      expect(new Set(said.map((q) => q.speaker))).toEqual(new Set([keptId]));
      expect(await db.raw('MATCH (e:Entity {id: $id}) RETURN e', { id: speakerId })).toEqual([]);
      expect(said.find((q) => q.id === retractedQuote)?.retracted).toBe(true);
      const [kept] = await db.raw('MATCH (e:Entity {id: $id}) RETURN e.aliases AS aliases', { id: keptId });
      expect(kept?.aliases).toContain(`G. ${tag}`);
      const [role] = await db.raw(
        'MATCH (:Entity {id: $id})-[r:HELD_ROLE]->() RETURN r.sourceDocs AS docs, r.evidence AS evidence',
        { id: keptId },
      );
      expect(role?.docs).toContain(ids[0]);
      expect(((role?.evidence ?? []) as string[]).some((e) => e.includes(`|curator:${who}|`))).toBe(true);
      expect(
        (await db.raw('MATCH (d:Document) WHERE d.id IN $ids RETURN DISTINCT d.extractor AS v', { ids })).map(
          (r) => r.v,
        ),
      ).toEqual([EXTRACTOR]);
      const [audit] = await db.raw(
        'MATCH (a:AuditEntry {operation: "reextract", who: $who}) RETURN a.target AS target, a.after AS after',
        { who },
      );
      expect(audit?.target).toBe(`extractor:${EXTRACTOR}`);
      expect(JSON.parse(audit!.after as string)).toMatchObject({ documents: 2, replaced: 2 });
      // nothing is behind any more: a second run reads nothing
      expect((await reextract(db, who, { ids })).documents).toBe(0);
    },
  );

  it(
    'when a run stops after the first document and is started again, ' +
      'then the graph is the one an uninterrupted run gives',
    async () => {
      const uninterrupted = await state();
      await makeOld();
      let written = 0;
      const totals: number[] = [];
      const progress = (_s: unknown, total: number) => {
        written++;
        totals.push(total);
      };
      const stopped = await reextract(db, who, { ids }, { shouldStop: () => written >= 1, onDocument: progress });
      expect(stopped.documents).toBe(1);
      expect((await reextract(db, who, { ids }, { onDocument: progress })).documents).toBe(1);
      // the progress counts towards the filter's documents (other test files leave old ones behind too),
      // and a resumed run towards what is left
      expect(totals).toEqual([ids.length, ids.length - 1]);
      expect(await state()).toEqual(uninterrupted);
    },
  );

  it(
    'when an admin starts it over the API, ' +
      'then reextractJob reports the run until it is done, and an editor may not start it',
    async () => {
      const { keys, env } = testKeys(scope);
      const api = await startCapturedApi(db, { QUOTEGRAPH_API_KEYS: env });
      try {
        const uninterrupted = await state();
        await makeOld();
        const start = typed(
          `mutation ReexReextract($ids: [ID!]) { reextract(filter: { ids: $ids }) { job {
            id state dryRun extractor } errors { code message } } }`,
        );
        const refused = await gql(api, start, { ids }, bearer(keys.editor));
        expect(refused.body?.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
        const started = await gql(api, start, { ids }, bearer(keys.admin));
        expect(started.body?.data?.reextract.errors).toEqual([]);
        const job = started.body?.data?.reextract.job;
        expect(job).toMatchObject({ dryRun: false, extractor: EXTRACTOR });
        const ask = typed(
          `query ReexReextractJob($id: ID!) { reextractJob(id: $id) {
            state documents replaced failed finishedAt error } }`,
        );
        let seen: { state: string } | null | undefined = null;
        // the run is in the background: ask until it says it is done (the outer limit is the test's timeout)
        for (;;) {
          seen = (await gql(api, ask, { id: job!.id }, bearer(keys.admin))).body?.data?.reextractJob;
          if (seen?.state !== 'RUNNING') break;
          await new Promise((r) => setTimeout(r, 100));
        }
        expect(seen).toMatchObject({ state: 'DONE', documents: 2, replaced: 2, failed: 0, error: null });
        expect(await state()).toEqual(uninterrupted);
        expect(
          (await gql(api, ask, { id: 'reextract:unknown' }, bearer(keys.admin))).body?.data?.reextractJob,
        ).toBeNull();
      } finally {
        await api.stop();
      }
    },
  );
});
