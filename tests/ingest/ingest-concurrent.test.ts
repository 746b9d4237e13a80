import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { contentHash } from '../../src/documents/index.ts';
import { ingestDocument, ingestFiles } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

describe('concurrent ingests of overlapping documents', () => {
  let db: Database;
  const scope = testScope('concurrent');
  const person = `Ottilie Parallela${scope.slice(-5).replace(/[^a-z]/g, 'y')}`;
  // Eight articles that all name the same speaker, outlet and alliance, and share one quote.
  const docs = Array.from({ length: 8 }, (_, i) => ({
    meta: {
      source: `${scope}-${i}`,
      title: null,
      url: `https://test.quotegraph.invalid/${scope}/${i}`,
      outlet: 'Test Courier',
      publishedAt: `2025-08-1${i}`,
      lang: 'en',
    },
    body:
      `NATO envoy ${person} spoke to reporters on Monday. "We share this sentence," ${person} said. "Article ` +
      `${i} alone says this," ${person} added, according to Reuters.`,
  }));

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { p: `https://test.quotegraph.invalid/${scope}/` },
    );
    await db.raw('MATCH (p:Person {name: $name}) DETACH DELETE p', { name: person });
    await db.close();
  });

  it('when eight ingests run at once, then none fails and no entity or fact is duplicated', async () => {
    const results = await Promise.allSettled(docs.map((d) => ingestDocument(db, d)));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    const [people] = await db.raw('MATCH (p:Person {name: $name}) RETURN count(p) AS n', { name: person });
    expect(people!.n).toBe(1);
    const shared = await db.raw(
      'MATCH (p:Person {name: $name})-[s:SAID]->(q:Quote) WHERE q.text STARTS WITH "We share" OPTIONAL ' +
        'MATCH (q)-[src:SOURCED_FROM]->(d) RETURN count(DISTINCT q) AS quotes, count(DISTINCT s) AS said, ' +
        'count(src) AS sources',
      { name: person },
    );
    expect(shared[0]).toEqual({ quotes: 1, said: 1, sources: 8 });
    const [dupes] = await db.raw('MATCH (e:Entity) WITH e.id AS id, count(*) AS n WHERE n > 1 RETURN count(id) AS n');
    expect(dupes!.n).toBe(0);
  });
});

// Four writes of one document each, then two writes of three documents each (the versions of one url
// then sit in one batch, in file order, and in the next batch, which must wait for the first).
describe.each([
  { concurrency: 4, batch: 1 },
  { concurrency: 2, batch: 3 },
])(
  'ingesting a folder with several writes in flight ($concurrency writes of $batch documents)',
  ({ concurrency, batch }) => {
    let db: Database;
    let dir: string;
    const scope = testScope(`pool-${batch}`);
    const person = `Petronella Poolside${scope.slice(-5).replace(/[^a-z]/g, 'y')}`;
    const urlOf = (n: number) => `https://test.quotegraph.invalid/${scope}/${n}`;
    const article = (n: number, version: string) =>
      `---\nurl: ${urlOf(n)}\npublished: 2025-09-1${n}\nlang: en\n---\nThe NATO envoy ${person} spoke on ` +
      `Monday. "We share this sentence," ${person} said. "Version ${version} of article ${n}," ${person} ` +
      'added.\n';
    // Read in this order: four versions of article 0's url one after the other, so with four in flight
    // they would overlap if the pool let them; then articles 1 to 5.
    const versions = ['one', 'two', 'three', 'four'];
    const files = [
      ...versions.map((v) => [`0-${v}.md`, article(0, v)] as const),
      ...Array.from({ length: 5 }, (_, i) => [`${i + 1}-a.md`, article(i + 1, 'one')] as const),
    ];

    beforeAll(async () => {
      db = await openTestDatabase();
      dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-pool-'));
      for (const [name, text] of files) await writeFile(path.join(dir, name), text);
    });
    afterAll(async () => {
      await db.raw(
        'MATCH (d:Document) WHERE d.url STARTS WITH $p OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
        { p: `https://test.quotegraph.invalid/${scope}/` },
      );
      await db.raw('MATCH (p:Person {name: $name}) DETACH DELETE p', { name: person });
      await db.close();
    });

    it(
      'when written, ' + 'then every document is in, the later version of a url wins, and nothing is duplicated',
      async () => {
        const completed: string[] = [];
        const summary = await ingestFiles(
          db,
          files.map(([name]) => path.join(dir, name)),
          { concurrency, batch, onDocument: (r) => completed.push(r.documentId) },
        );
        expect(summary.failed).toEqual([]);
        expect(summary).toMatchObject({ documents: 9, created: 6, replaced: 3 });
        expect(completed).toHaveLength(9);
        const [doc] = await db.raw('MATCH (d:Document {url: $url}) RETURN count(d) AS n, d.contentHash AS hash', {
          url: urlOf(0),
        });
        expect(doc).toEqual({ n: 1, hash: contentHash(article(0, 'four').replace(/^---[\s\S]*?---\n/, '')) });
        const quotes = await db.raw(
          'MATCH (:Person {name: $name})-[:SAID]->(q:Quote) OPTIONAL MATCH (q)-[s:SOURCED_FROM]->() RETURN ' +
            'q.text AS text, count(s) AS sources ORDER BY text',
          { name: person },
        );
        expect(quotes).toEqual([
          { text: 'Version four of article 0,', sources: 1 },
          { text: 'Version one of article 1,', sources: 1 },
          { text: 'Version one of article 2,', sources: 1 },
          { text: 'Version one of article 3,', sources: 1 },
          { text: 'Version one of article 4,', sources: 1 },
          { text: 'Version one of article 5,', sources: 1 },
          { text: 'We share this sentence,', sources: 6 },
        ]);
        const [people] = await db.raw('MATCH (p:Person {name: $name}) RETURN count(p) AS n', { name: person });
        expect(people!.n).toBe(1);
      },
    );
  },
);
