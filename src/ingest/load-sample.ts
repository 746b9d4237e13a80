import path from 'node:path';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import { expandPaths } from '../documents/index.ts';
import { ingestFiles, type IngestSummary } from './ingest-documents.ts';

/**
 * Loads the bundled sample corpus (data/sample) when the graph holds no document at all, so a first
 * `npm start` shows a multi-source, multi-date graph. A graph with any document is left alone. When
 * `shouldStop` turns true, it stops between documents (each is written whole).
 */
export async function loadSampleIfEmpty(
  db: Database,
  config: Config,
  say: (line: string) => void,
  shouldStop?: () => boolean,
): Promise<(IngestSummary & { documentIds: string[] }) | null> {
  const [row] = await db.query('ingest/document-count', {});
  if ((row?.documents ?? 0) > 0) return null;
  const files = await expandPaths([path.join(config.root, 'data', 'sample')]);
  say(`The graph is empty: loading the sample corpus (${files.length} articles from data/sample) …`);
  const documentIds: string[] = [];
  const summary = await ingestFiles(db, files, {
    onDocument: (r) => void documentIds.push(r.documentId),
    shouldStop,
    maxDocumentBytes: config.maxDocumentBytes,
    concurrency: config.ingestConcurrency,
    batch: config.ingestBatch,
  });
  for (const f of summary.failed) say(`  sample ${f.file}: ${f.reason}`);
  return { ...summary, documentIds };
}
