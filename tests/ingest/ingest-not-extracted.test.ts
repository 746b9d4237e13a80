import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { readDocuments } from '../../src/documents/index.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { writeDocument } from '../../src/ingest/write-document.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { runCli } from '../support/run-cli.ts';
import { dataOf, graphql, startTestApi } from '../support/test-api.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// A folder with an invented French article (tests/fixtures/articles/harbour-reopens.fr.md, no lang: detected),
// an invented English article whose front matter says `lang: fr` (a mistake corrected later) and a file of a
// type no reader takes. There are rules for German and English only: the French texts are stored with their
// text, marked not extracted, found by search and documents(), and have no facts.
describe('ingesting text in a language without rules', () => {
  const scope = testScope('not-extracted');
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  const outlet = `Courrier ${scope}`;
  const SPEAKER = 'Tobias Wrenfield';
  let db: Database;
  let api: RunningApi;
  let dir: string;
  const file = (name: string) => path.join(dir, name);
  const declared = (lang: string) =>
    [
      '---',
      'title: Ferry runs again (test article)',
      `url: ${prefix}declared`,
      `outlet: ${outlet}`,
      'published: 2031-03-05',
      `lang: ${lang}`,
      '---',
      `Harbour master ${SPEAKER} said on Monday that the Kervalenec ferry would run again in April. ` +
        `"We are ready for the spring," ${SPEAKER} said.`,
    ].join('\n');

  beforeAll(async () => {
    db = await openTestDatabase();
    api = await startTestApi(db);
    dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-not-extracted-'));
    const fixture = await readFile(
      path.join(projectRoot(), 'tests', 'fixtures', 'articles', 'harbour-reopens.fr.md'),
      'utf8',
    );
    await writeFile(
      file('harbour.fr.md'),
      fixture.replace(/^url: .*$/m, `url: ${prefix}detected`).replace(/^outlet: .*$/m, `outlet: ${outlet}`),
    );
    await writeFile(file('ferry.md'), declared('fr'));
    await writeFile(file('scan.pdf'), '%PDF-1.4 not read');
  });

  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $prefix OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { prefix },
    );
    await db.raw("MATCH (e:Entity) WHERE e.name IN $names OR e.name = 'Courrier de Test' DETACH DELETE e", {
      names: [SPEAKER, 'Maëlys Quintardière', outlet],
    });
    await api?.stop();
    await db?.close();
  });

  const stored = async () =>
    db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $prefix
       RETURN substring(d.url, size($prefix)) AS name, d.lang AS lang, d.notExtractedReason AS reason,
              d:NotExtracted AS labelled, size(d.text) > 0 AS hasText, COUNT { (d)--() } AS links
       ORDER BY name`,
      { prefix },
    );

  it('when the folder is ingested, then each French document is named with its reason and stored marked', async () => {
    const out = runCli(['ingest', dir]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('Ingested 2 documents (2 new, 0 replaced, 0 unchanged): 0 quotes');
    expect(out.stderr).toContain(`skipped: ${file('scan.pdf')}: unsupported file type`);
    expect(out.stderr).toContain(`not extracted: ${file('ferry.md')}: no rules for language "fr" (stored, searchable)`);
    expect(out.stderr).toContain(
      `not extracted: ${file('harbour.fr.md')}: no rules for language "fr", detected from the text ` +
        '(stored, searchable)',
    );
    expect(out.stderr).toMatch(/^2 documents not extracted \(listed above\)/m);
    expect(await stored()).toEqual([
      { name: 'declared', lang: 'fr', reason: 'no rules for language "fr"', labelled: true, hasText: true, links: 0 },
      {
        name: 'detected',
        lang: 'fr',
        reason: 'no rules for language "fr", detected from the text',
        labelled: true,
        hasText: true,
        links: 0,
      },
    ]);
  });

  it('when the same folder is ingested again, then nothing changes and the lines are said again', async () => {
    const before = await stored();
    const out = runCli(['ingest', dir]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('Ingested 2 documents (0 new, 0 replaced, 2 unchanged)');
    expect(out.stderr).toMatch(/^2 documents not extracted/m);
    expect(await stored()).toEqual(before);
  });

  it('when documents() is asked for those not extracted, then both are listed with their reason', async () => {
    const { body } = await graphql(
      api,
      `query($f: DocumentFilter) { documents(filter: $f) { totalCount edges { node {
         url lang extracted notExtractedReason text } } } }`,
      { f: { outlet: outlet.toLowerCase(), extracted: false } },
    );
    const docs = dataOf(body) as {
      documents: { totalCount: number; edges: { node: Record<string, unknown> & { text: string } }[] };
    };
    expect(docs.documents.totalCount).toBe(2);
    expect(docs.documents.edges.map((e) => e.node)).toEqual([
      expect.objectContaining({ url: `${prefix}detected`, lang: 'fr', extracted: false }),
      expect.objectContaining({
        url: `${prefix}declared`,
        lang: 'fr',
        notExtractedReason: 'no rules for language "fr"',
      }),
    ]);
    expect(docs.documents.edges[0]!.node.text).toContain('Maëlys Quintardière');
    const extracted = await graphql(api, 'query($f: DocumentFilter) { documents(filter: $f) { totalCount } }', {
      f: { outlet: outlet.toLowerCase(), extracted: true },
    });
    expect(dataOf(extracted.body)).toEqual({ documents: { totalCount: 0 } });
  });

  it('when a word of the French text is searched (accents folded), then the document is the hit', async () => {
    const query = `query($q: String!, $kinds: [EntityKind!]) { search(query: $q, kinds: $kinds) {
      snippet entity { id } quote { id } document { url extracted notExtractedReason } } }`;
    const { body } = await graphql(api, query, { q: 'quintardiere kervalenec' });
    expect(dataOf(body)).toEqual({
      search: [
        {
          snippet: expect.stringMatching(/^Le port de Kervalenec rouvrira au printemps \(article de test\): Brest/),
          entity: null,
          quote: null,
          document: {
            url: `${prefix}detected`,
            extracted: false,
            notExtractedReason: 'no rules for language "fr", detected from the text',
          },
        },
      ],
    });
    // entity kinds ask for entities only
    expect(dataOf((await graphql(api, query, { q: 'Kervalenec', kinds: ['PERSON'] })).body)).toEqual({ search: [] });
  });

  it('when `extract` reads the folder, then it prints the documents marked and without facts', () => {
    const out = runCli(['extract', file('harbour.fr.md'), file('ferry.md')]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stderr).toContain(
      `not extracted: ${file('ferry.md')}: no rules for language "fr" (ingest stores it, searchable)`,
    );
    expect(out.stderr).toMatch(/^2 documents not extracted \(listed above\)/m);
    const { documents } = JSON.parse(out.stdout) as { documents: Record<string, unknown>[] };
    for (const d of documents)
      expect(d).toMatchObject({ lang: 'fr', extracted: false, quotes: [], reported: [], entities: [], relations: [] });
  });

  it('when the language is corrected to en and the file ingested again, then it is extracted', async () => {
    await writeFile(file('ferry.md'), declared('en'));
    const out = runCli(['ingest', dir]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('Ingested 2 documents (0 new, 1 replaced, 1 unchanged): 1 quotes');
    expect(out.stderr).not.toContain(`not extracted: ${file('ferry.md')}`);
    expect(out.stderr).toMatch(/^1 document not extracted/m);
    const [declaredDoc] = await stored();
    expect(declaredDoc).toMatchObject({ name: 'declared', lang: 'en', reason: null, labelled: false });
    const said = await db.raw(
      `MATCH (:Person {name: $name})-[:SAID]->(q:Quote)-[:SOURCED_FROM]->(d:Document {url: $url})
       RETURN q.text AS text`,
      { name: SPEAKER, url: `${prefix}declared` },
    );
    expect(said).toEqual([{ text: 'We are ready for the spring,' }]);
  });

  it('when a French text English rules once read is ingested again, then its facts go and it is marked', async () => {
    // what the extractor wrote before there was a "not extracted": the same version, English rules, lang fr
    const [doc] = readDocuments({ path: file('harbour.fr.md'), bytes: await readFile(file('harbour.fr.md')) }, {});
    const englishRules = extractDocument(doc!.body, { ...doc!.meta, lang: 'en' });
    await db.write((tx) => writeDocument(tx, { ...englishRules, lang: 'fr' }), 'test');
    const before = (await stored()).find((d) => d.name === 'detected');
    expect(before).toMatchObject({ reason: null, labelled: false });
    expect(before?.links).toBeGreaterThan(0);
    const out = runCli(['ingest', file('harbour.fr.md')]);
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain('Ingested 1 documents (0 new, 1 replaced, 0 unchanged)');
    expect((await stored()).find((d) => d.name === 'detected')).toMatchObject({ labelled: true, links: 0 });
  });
});
