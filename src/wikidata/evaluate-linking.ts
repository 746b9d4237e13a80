// Measures Wikidata linking on a set of articles: ingests them, links the entities they name with the
// given Wikidata files (only those entities take part), and scores the outcome against a table of
// hand-checked expected items (linking-score.ts). scripts/eval-linking.ts runs it on the real dev sets.

import type { Database } from '../db/database.ts';
import { ingestFiles } from '../ingest/ingest-documents.ts';
import { type LinkSummary, linkWikidata } from './link-wikidata.ts';
import { type ExpectedLinks, type LinkScore, scoreLinks } from '../evaluation/linking-score.ts';

export interface LinkingEvaluation extends LinkScore {
  documents: string[];
  entities: number;
  pass: LinkSummary;
}

export async function evaluateLinking(
  db: Database,
  input: { articles: readonly string[]; dumps: readonly string[]; expected: ExpectedLinks },
): Promise<LinkingEvaluation> {
  const documents: string[] = [];
  const ingest = await ingestFiles(db, [...input.articles], { onDocument: (r) => void documents.push(r.documentId) });
  if (ingest.failed.length)
    throw new Error(`could not ingest ${ingest.failed.map((f) => JSON.stringify(f)).join('; ')}`);
  const ids = (
    await db.read((tx) => tx.rows('wikidata/entities-of-documents', { ids: documents }), 'eval/linking')
  ).map((r) => r.id);
  const watch = new Set(input.expected.entities.flatMap((e) => (e.qid ? [e.qid] : [])));
  const pass = await linkWikidata(db, input.dumps, { entityIds: ids, watch });
  const outcomes = await db.read((tx) => tx.rows('wikidata/link-outcomes', { ids }), 'eval/linking');
  return { ...scoreLinks(input.expected, outcomes, new Set(pass.watched)), documents, entities: ids.length, pass };
}
