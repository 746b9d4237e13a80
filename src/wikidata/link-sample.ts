import path from 'node:path';
import type { Database } from '../db/database.ts';
import { type LinkSummary, linkWikidata } from './link-wikidata.ts';

/** The hand-written Wikidata excerpt for the sample corpus (data/wikidata/README.md). */
export const SAMPLE_WIKIDATA_FILE = path.join('data', 'wikidata', 'sample-entities-20261207.json');

/**
 * Links the entities the sample corpus names with the sample's Wikidata excerpt and imports their
 * dated statements, so a first `npm start` shows Wikidata ids, roles of record and the conflicts
 * they reveal. Only those entities take part: other data in the graph is left as it is.
 */
export async function linkSampleWikidata(
  db: Database,
  root: string,
  documentIds: readonly string[],
): Promise<LinkSummary | null> {
  const rows = await db.read(
    (tx) => tx.rows('wikidata/entities-of-documents', { ids: [...documentIds] }),
    'wikidata/sample',
  );
  if (!rows.length) return null;
  return linkWikidata(db, [path.join(root, SAMPLE_WIKIDATA_FILE)], { entityIds: rows.map((r) => r.id) });
}
