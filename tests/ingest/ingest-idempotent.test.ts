import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { expandPaths } from '../../src/documents/index.ts';
import { ingestFiles } from '../../src/ingest/ingest-documents.ts';
import { removeDocument } from '../../src/curation/documents.ts';
import { footprint } from '../support/graph-footprint.ts';
import { acquireGraphLock, type GraphLock } from '../support/graph-lock.ts';
import { openTestDatabase } from '../support/test-database.ts';

const root = projectRoot();
const dev = path.resolve(root, '..', 'shared', 'corpus', 'dev');
const seed = path.resolve(root, '..', 'shared', 'corpus', 'nato-rubio-umverteilung.de.txt');
const hasShared = existsSync(dev) && existsSync(seed);
if (!hasShared)
  console.warn(
    '[ingest-idempotent] ../shared/corpus is absent: re-ingestion is checked on the project fixtures and ' +
      'data/sample only',
  );

const CLEANER = 'test-ingest-idempotent';

describe('ingesting the same documents twice', () => {
  let db: Database;
  /** documents this file added to the shared graph, removed again afterwards */
  let added: string[] = [];
  /** held while the dev articles are in the shared graph (see the README comparison) */
  let lock: GraphLock | undefined;
  beforeAll(async () => {
    db = await openTestDatabase();
  });
  afterAll(async () => {
    // The dev articles are real news about the same people as the sample (Rubio, NATO, the US):
    // in the shared graph, they change answers other files compare with the README (a direct
    // connection between Rubio and Reuters), so this file holds the 'sample-answers' lock until
    // they are gone again. removeDocument takes exactly what only they supported.
    for (const id of added) await removeDocument(db, CLEANER, id, 'test cleanup');
    await lock?.release();
    await db.raw('MATCH (a:AuditEntry {who: $who}) DETACH DELETE a', { who: CLEANER });
    await db.close();
  });

  it('when everything is ingested a second time, then no node, relationship or property changes', async () => {
    const devArticles = hasShared
      ? (await readdir(dev)).filter((f) => f.endsWith('.txt')).map((f) => path.join(dev, f))
      : [];
    const files = await expandPaths([
      path.join(root, 'data', 'sample'),
      path.join(root, 'tests', 'fixtures', 'articles'),
      ...devArticles,
    ]);
    const sources = [...files, ...(hasShared ? [seed] : [])];
    const present = async () =>
      (await db.raw('MATCH (d:Document) WHERE d.source IN $sources RETURN d.id AS id', { sources })).map(
        (r) => r.id as string,
      );
    if (hasShared) lock = await acquireGraphLock('sample-answers');
    const existing = new Set(await present());
    const first = await ingestFiles(db, files);
    expect(first.failed).toEqual([]);
    const seedRun = hasShared ? await ingestFiles(db, [seed], { overrides: { publishedAt: '2026-02-17' } }) : null;
    const ids = await present();
    expect(ids.length).toBe(first.documents + (seedRun?.documents ?? 0));
    // the dev articles go afterwards; the sample and the seed stay (every other file loads them),
    // and so do the project's fixtures (invented names, and other files ingest the same ones)
    const sourceOf = new Map(
      (await db.raw('MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.source AS source', { ids })).map(
        (r) => [r.id as string, r.source as string],
      ),
    );
    added = ids.filter((id) => !existing.has(id) && devArticles.includes(sourceOf.get(id)!));

    const before = await footprint(db, ids);
    const again = await ingestFiles(db, files);
    if (hasShared) await ingestFiles(db, [seed], { overrides: { publishedAt: '2026-02-17' } });
    const after = await footprint(db, ids);

    expect(again.unchanged).toBe(again.documents);
    expect(after).toEqual(before);
    expect(before.nodes).toBeGreaterThan(ids.length);
    process.stderr.write(
      `[ingest-idempotent] ${ids.length} documents: ${before.nodes} nodes, ${before.relationships} ` +
        'relationships, unchanged on re-ingest\n',
    );
  });
});
