import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { expandPaths } from '../../src/documents/index.ts';
import { ingestFiles } from '../../src/ingest/ingest-documents.ts';
import { linkSampleWikidata } from '../../src/wikidata/link-sample.ts';

export const seedPath = path.resolve(projectRoot(), '..', 'shared', 'corpus', 'nato-rubio-umverteilung.de.txt');

/**
 * Loads data/sample and, when ../shared is there, the seed article (published 2026-02-17).
 * Ingestion is idempotent, so every test file may call this; nothing is deleted afterwards.
 * Returns whether the seed is loaded (and its document id): seed-specific assertions skip (with a
 * notice) when it is not; and the ids of every document loaded, so a test can keep its assertions
 * to this corpus while other test files write and delete their own data in the same database.
 */
export async function loadSampleCorpus(
  db: Database,
): Promise<{ seed: boolean; seedDocumentId: string | null; documentIds: string[] }> {
  const files = await expandPaths([path.join(projectRoot(), 'data', 'sample')]);
  const documentIds: string[] = [];
  await ingestFiles(db, files, { onDocument: (r) => void documentIds.push(r.documentId) });
  const seed = existsSync(seedPath);
  let seedDocumentId: string | null = null;
  if (seed)
    await ingestFiles(db, [seedPath], {
      overrides: { publishedAt: '2026-02-17' },
      onDocument: (r) => {
        seedDocumentId = r.documentId;
        documentIds.push(r.documentId);
      },
    });
  else console.warn(`[sample-corpus] ${seedPath} is missing: seed-specific assertions are skipped`);
  // as `npm start` does: the sample's entities linked to the sample's Wikidata excerpt (idempotent)
  await linkSampleWikidata(db, projectRoot(), documentIds);
  return { seed, seedDocumentId, documentIds };
}
