import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { toAppError } from '../../src/errors/to-app-error.ts';
import { extractDocument } from '../../src/extract/index.ts';
import type { ExtractedDocument } from '../../src/extract/types.ts';
import { writeDocuments } from '../../src/ingest/write-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

describe('writing several documents in one transaction', () => {
  let db: Database;
  const scope = testScope('batch');
  const prefix = `https://test.quotegraph.invalid/${scope}/`;
  // Invented articles, written for this test: one speaker per article, named by letters only.
  const name = (n: number) => `Bartholomew Batchley${String.fromCharCode(97 + n)}`;
  const meta = (n: number) => ({
    source: `${prefix}${n}`,
    title: null,
    url: `${prefix}${n}`,
    outlet: 'Test Courier',
    publishedAt: `2025-10-0${n + 1}`,
    lang: 'en',
  });
  const article = (n: number): ExtractedDocument =>
    extractDocument(
      `The envoy ${name(n)} spoke in Oslo on Monday. "Batch sentence number ${n} stands," ${name(n)} said.`,
      meta(n),
    );
  // The middle article's publication date is impossible: extraction passes it through (as a reader of
  // JSON input could), and only the database refuses it, so the batch fails inside the transaction.
  const refused = (n: number): ExtractedDocument => ({ ...article(n), publishedAt: '2025-02-30' });

  const stored = async () =>
    db.raw(
      `MATCH (d:Document) WHERE d.url STARTS WITH $prefix
       OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(q:Quote)
       RETURN d.url AS url, count(q) AS quotes ORDER BY url`,
      { prefix },
    );

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.raw(
      'MATCH (d:Document) WHERE d.url STARTS WITH $prefix OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f',
      { prefix },
    );
    await db.raw("MATCH (p:Person) WHERE p.name STARTS WITH 'Bartholomew Batchley' DETACH DELETE p");
    await db.close();
  });

  it(
    'when a batch holds a document the database refuses, ' +
      'then the others are written whole, that one alone fails with its reason, and nothing of it is stored',
    async () => {
      const docs = [article(0), refused(1), article(2)];
      expect(docs[1]!.quotes.length).toBeGreaterThan(0);
      const outcomes = await writeDocuments(db, docs);
      expect(outcomes.map((o) => o.result?.status ?? 'failed')).toEqual(['created', 'failed', 'created']);
      // the database's own words name the value it refused
      expect((toAppError(outcomes[1]!.error).cause as Error).message).toMatch(/2025-02-30|date/i);
      expect(await stored()).toEqual([
        { url: `${prefix}0`, quotes: 1 },
        { url: `${prefix}2`, quotes: 1 },
      ]);
      const [speaker] = await db.raw('MATCH (p:Person {name: $name}) RETURN count(p) AS n', { name: name(1) });
      expect(speaker!.n).toBe(0);
    },
  );

  it(
    'when the batch is written again with the refused document mended, ' +
      'then the two already in are unchanged and the third is created',
    async () => {
      const outcomes = await writeDocuments(db, [article(0), article(1), article(2)]);
      expect(outcomes.map((o) => o.result?.status)).toEqual(['unchanged', 'created', 'unchanged']);
      expect(await stored()).toEqual([0, 1, 2].map((n) => ({ url: `${prefix}${n}`, quotes: 1 })));
    },
  );

  it('when one batch holds two versions of one url, then the later version is the one stored', async () => {
    const v2: ExtractedDocument = extractDocument(
      `The envoy ${name(0)} spoke in Oslo on Tuesday. "A second version says this," ${name(0)} said.`,
      meta(0),
    );
    const outcomes = await writeDocuments(db, [article(3), v2, article(0)]);
    expect(outcomes.map((o) => o.result?.status)).toEqual(['created', 'replaced', 'replaced']);
    const [doc] = await db.raw('MATCH (d:Document {url: $url}) RETURN d.contentHash AS hash', { url: `${prefix}0` });
    expect(doc!.hash).toBe(article(0).contentHash);
  });
});
