import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { contentHash, expandPaths, readDocuments } from '../../src/documents/index.ts';
import { documentId } from '../../src/ingest/document-rows.ts';
import { ingestFiles } from '../../src/ingest/ingest-documents.ts';
import { linkSampleWikidata } from '../../src/wikidata/link-sample.ts';

export const seedPath = path.resolve(projectRoot(), '..', 'shared', 'corpus', 'nato-rubio-umverteilung.de.txt');

/**
 * Whether the seed article is there to load: ../shared is next to the checkout and
 * QUOTEGRAPH_TEST_NO_SEED is not set (set it to run the tests as on a fresh clone, which has no
 * ../shared; only the seed loaded here is affected, not the tests that read ../shared themselves).
 */
export function seedAvailable(): boolean {
  return !process.env.QUOTEGRAPH_TEST_NO_SEED && existsSync(seedPath);
}

/**
 * Loads data/sample and, when ../shared is there (seedAvailable), the seed article (published
 * 2026-02-17); `{ seed: false }` loads the sample alone, as `npm start` does on a fresh clone.
 * Ingestion is idempotent, so every test file may call this; nothing is deleted afterwards.
 * Returns whether the seed is loaded (and its document id): seed-specific assertions skip (with a
 * notice) when it is not; and the ids of every document loaded, so a test can keep its assertions
 * to this corpus while other test files write and delete their own data in the same database.
 */
export async function loadSampleCorpus(
  db: Database,
  options: { seed?: boolean } = {},
): Promise<{ seed: boolean; seedDocumentId: string | null; documentIds: string[] }> {
  const files = await expandPaths([path.join(projectRoot(), 'data', 'sample')]);
  const documentIds: string[] = [];
  await ingestFiles(db, files, { onDocument: (r) => void documentIds.push(r.documentId) });
  const seed = options.seed !== false && seedAvailable();
  let seedDocumentId: string | null = null;
  if (seed)
    await ingestFiles(db, [seedPath], {
      overrides: { publishedAt: '2026-02-17' },
      onDocument: (r) => {
        seedDocumentId = r.documentId;
        documentIds.push(r.documentId);
      },
    });
  else if (options.seed !== false) {
    const why = process.env.QUOTEGRAPH_TEST_NO_SEED ? 'hidden (QUOTEGRAPH_TEST_NO_SEED)' : 'missing';
    console.warn(`[sample-corpus] ${seedPath} is ${why}: seed-specific assertions are skipped`);
  }
  // as `npm start` does: the sample's entities linked to the sample's Wikidata excerpt (idempotent)
  await linkSampleWikidata(db, projectRoot(), documentIds);
  return { seed, seedDocumentId, documentIds };
}

/** Whether the seed article is in the graph (another test file may have loaded it); false without ../shared. */
export async function seedInGraph(db: Database): Promise<boolean> {
  if (!existsSync(seedPath)) return false;
  const [doc] = readDocuments({ path: seedPath, bytes: readFileSync(seedPath) }, { publishedAt: '2026-02-17' });
  if (!doc) return false;
  const id = documentId({ url: doc.meta.url, contentHash: contentHash(doc.body) });
  const [row] = await db.raw('MATCH (d:Document {id: $id}) RETURN count(d) AS n', { id });
  return Number(row?.n ?? 0) > 0;
}
