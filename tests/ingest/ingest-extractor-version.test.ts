import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/database.ts';
import { EXTRACTOR } from '../../src/extract/extract-document.ts';
import { ingestDocument } from '../../src/ingest/ingest-documents.ts';
import { openTestDatabase, testScope } from '../support/test-database.ts';

// An invented article, ingested through src/ingest like any article and deleted afterwards.
const scope = testScope('extractor-version');
const tag = `Verso${scope.slice(-6).replace(/[^a-z]/g, (c) => String.fromCharCode(97 + Number(c)))}`;
const url = `https://test.quotegraph.invalid/${scope}/a`;
const article = {
  meta: { source: url, title: `${tag} article`, url, outlet: `${tag} Courier`, publishedAt: '2017-04-12', lang: 'en' },
  body: [
    'Invented text, written for a quotegraph test.',
    `"Remark ${tag} about nothing in particular," Wilhelmina ${tag} said.`,
  ].join('\n\n'),
};

describe('ingesting a document stored by another extractor version', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    await db.raw('MATCH (d:Document {url: $url}) OPTIONAL MATCH (d)<-[:SOURCED_FROM]-(f) DETACH DELETE d, f', { url });
    await db.raw('MATCH (e:Entity) WHERE e.name CONTAINS $tag DETACH DELETE e', { tag });
    await db.close();
  });

  it(
    'when the same text is ingested after an extractor upgrade, ' +
      'then its facts are extracted again; by the same version, it is skipped',
    async () => {
      expect((await ingestDocument(db, article)).status).toBe('created');
      // what a database written by an older extractor holds: another version, no attribution methods
      await db.raw(
        'MATCH (d:Document {url: $url})<-[s:SOURCED_FROM]-() SET d.extractor = $old, s.extractor = $old ' +
          'REMOVE s.method',
        { url, old: 'quotegraph-extract/0.1.0' },
      );
      expect((await ingestDocument(db, article)).status).toBe('replaced');
      const rows = await db.raw(
        'MATCH (d:Document {url: $url})<-[s:SOURCED_FROM]-(q:Quote) RETURN d.extractor AS doc, s.extractor ' +
          'AS source, s.method AS method, q.basis AS basis',
        { url },
      );
      expect(rows).toEqual([{ doc: EXTRACTOR, source: EXTRACTOR, method: 'verb-after-quote', basis: 'publication' }]);
      expect((await ingestDocument(db, article)).status).toBe('unchanged');
    },
  );
});
