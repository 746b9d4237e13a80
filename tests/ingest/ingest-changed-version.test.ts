import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { documentId } from '../../src/ingest/document-rows.ts';
import { contentHash } from '../../src/documents/index.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

const meta = (url: string) => ({
  source: url,
  title: 'Test',
  url,
  outlet: 'Test Courier',
  publishedAt: '2025-10-01',
  lang: 'en',
});

describe('a changed version of the same url', () => {
  let db: Database;
  const scope = testScope('changed');
  const url = `https://test.quotegraph.invalid/${scope}`;
  const otherUrl = `https://test.quotegraph.invalid/${scope}-other`;
  // Invented names unique to this test, so its facts are its own.
  const speaker = `Zelda Q${scope.slice(-6).replace(/[^a-z]/g, 'x')}`;
  const v1 =
    `The defence minister ${speaker} spoke in Oslo on Monday. "Only the first version says this," ${speaker} ` +
    `said. "Both versions say this," ${speaker} said. According to Reuters, ${speaker} said that the ` +
    `${scope} fleet would grow.`;
  const v2 =
    `The defence minister ${speaker} spoke in Oslo on Monday. "Both versions say this," ${speaker} said. ` +
    `"Only the second version says this," ${speaker} said.`;
  const other =
    `In another article, the defence minister ${speaker} repeated: "Only the first version says this," ` +
    `${speaker} said.`;

  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    // one statement: other files list quotes meanwhile, and must never see this one's without a source
    await db.raw(
      `MATCH (d:Document) WHERE d.url IN $urls OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f)
       WITH collect(DISTINCT d) + collect(DISTINCT f) AS docsAndFacts
       OPTIONAL MATCH (p:Person {name: $name}) OPTIONAL MATCH (p)-[:SAID]->(q)
       WITH docsAndFacts, collect(DISTINCT p) + collect(DISTINCT q) AS speakerAndQuotes
       WITH docsAndFacts + speakerAndQuotes AS gone
       UNWIND gone AS n WITH DISTINCT n DETACH DELETE n`,
      { urls: [url, otherUrl], name: speaker },
    );
    await db.close();
  });

  const quotesOf = async () =>
    (
      await db.raw(
        'MATCH (p:Person {name: $name})-[:SAID]->(q:Quote) OPTIONAL MATCH (q)-[:SOURCED_FROM]->(d) RETURN ' +
          'q.text AS text, collect(d.url) AS urls ORDER BY text',
        { name: speaker },
      )
    ).map((r) => ({ text: r.text, urls: (r.urls as string[]).sort() }));

  it(
    'when the url is ingested again with new text, ' +
      'then its old facts go, shared facts stay, and nothing is orphaned',
    async () => {
      const first = await ingestDocument(db, { meta: meta(url), body: v1 });
      expect(first.status).toBe('created');
      await ingestDocument(db, { meta: meta(otherUrl), body: other });
      expect((await quotesOf()).map((q) => q.text)).toEqual([
        'Both versions say this,',
        'Only the first version says this,',
      ]);
      const [claim] = await db.raw(
        'MATCH (c:Claim)-[:SOURCED_FROM]->(:Document {url: $url}) WHERE c.text CONTAINS $scope RETURN count(c) AS n',
        { url, scope },
      );
      expect(claim!.n).toBe(1);

      const second = await ingestDocument(db, { meta: meta(url), body: v2 });
      expect(second).toMatchObject({ status: 'replaced', documentId: first.documentId });
      expect(await quotesOf()).toEqual([
        { text: 'Both versions say this,', urls: [url] },
        // still supported by the other article, so it stays, with only that source
        { text: 'Only the first version says this,', urls: [otherUrl] },
        { text: 'Only the second version says this,', urls: [url] },
      ]);
      const [doc] = await db.raw('MATCH (d:Document {url: $url}) RETURN count(d) AS n, d.contentHash AS hash', { url });
      expect(doc).toEqual({ n: 1, hash: contentHash(v2) });
      expect(documentId({ url, contentHash: 'x' })).toBe(first.documentId);
      // The claim and the Reuters report only the first version made are gone, and no fact of this
      // test's speaker (quote, claim, event, report) is left without a source.
      const [gone] = await db.raw('MATCH (c:Claim) WHERE c.text CONTAINS $scope RETURN count(c) AS n', { scope });
      expect(gone!.n).toBe(0);
      const [unsourced] = await db.raw(
        `MATCH (p:Person {name: $name})-[*1..2]-(f) WHERE (f:Quote OR f:Claim OR f:Event OR f:Report)
          AND NOT (f)-[:SOURCED_FROM]->()
       RETURN count(DISTINCT f) AS n`,
        { name: speaker },
      );
      expect(unsourced!.n).toBe(0);
    },
  );

  it('when the changed version is ingested again, then it is unchanged', async () => {
    expect((await ingestDocument(db, { meta: meta(url), body: v2 })).status).toBe('unchanged');
  });
});
