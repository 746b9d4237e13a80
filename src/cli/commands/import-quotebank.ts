import { badInput } from '../../errors/app-error.ts';
import { DEFAULT_SPEAKER_THRESHOLD, quotebankFormat, quotebankRowsFormat } from '../../import/quotebank-format.ts';
import { importCommand } from './run-import.ts';

/**
 * Imports Quotebank (EPFL's quote corpus: JSON lines, plain, .gz or .bz2 as distributed): each record a
 * quote with its speaker when the most probable candidate reaches --threshold, dated by its earliest
 * occurrence, with one source per url (a document known by its url only). Resumable and idempotent. Into
 * an empty local graph, the bulk path: Neo4j's offline importer (--transactional: the normal path).
 */
export const importQuotebank = importCommand({
  format: 'quotebank',
  summary: 'import Quotebank quotes (JSON lines, .gz/.bz2) with speakers, dates and source urls',
  usage:
    'import quotebank FILE… [--threshold P] [--batch N] [--concurrency N] [--state FILE] [--restart] ' +
    '[--transactional] [--json]',
  options: ['threshold'],
  build: (values) => {
    const threshold = values.threshold === undefined ? DEFAULT_SPEAKER_THRESHOLD : Number(values.threshold);
    if (!(threshold >= 0 && threshold <= 1))
      throw badInput('--threshold', `${values.threshold}: give a probability between 0 and 1`);
    return { format: quotebankFormat(threshold), bulk: quotebankRowsFormat(threshold) };
  },
});
