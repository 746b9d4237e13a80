import type { Driver } from 'neo4j-driver';
import { reextract } from '../../src/curation/reextract.ts';
import { round } from '../lib/stats.ts';
import type { BenchServer, Say } from './types.ts';

/**
 * Re-extraction (`quotegraph reextract --id ...`) on the loaded graph: the first `docs` documents are
 * marked as read by an older extractor and extracted again from their stored text, each in its own transaction.
 * Runs last: the real extractor reads the generated articles differently from the corpus's own
 * extraction, so the graph changes.
 */
export async function measureReextraction(server: BenchServer, docs: number, loaderDocsPerSec: number, say: Say) {
  const driver: Driver = server.db.driver;
  const { records } = await driver.executeQuery(
    `MATCH (d:Document) WITH d ORDER BY d.id LIMIT toInteger($n) SET d.extractor = 'bench-older-extractor' ` +
      'RETURN collect(d.id) AS ids',
    { n: docs },
  );
  // the corpus's own extraction carries a bench version, so every document is behind: name them
  const ids = (records[0]?.get('ids') ?? []) as string[];
  say(`re-extraction: ${ids.length} documents marked as read by an older extractor`);
  const started = performance.now();
  const summary = await reextract(server.db, 'bench', { ids });
  const seconds = (performance.now() - started) / 1000;
  const docsPerSec = round(summary.documents / seconds, 1);
  const figures = {
    documents: summary.documents,
    seconds: round(seconds, 1),
    docsPerSec,
    /**
     * as a share of the loader's batched docs/s on the same machine (re-extraction writes one
     * document per transaction and extracts first)
     */
    overLoader: round(docsPerSec / loaderDocsPerSec, 2),
    replaced: summary.replaced,
    unchanged: summary.unchanged,
    failed: summary.failed.length,
  };
  say(
    `re-extraction: ${figures.documents} documents in ${figures.seconds} s = ${docsPerSec} docs/s ` +
      `(${figures.overLoader}x the loader)`,
  );
  return figures;
}
