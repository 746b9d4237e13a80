import { gdeltFormat } from '../../import/gdelt-format.ts';
import { importCommand } from './run-import.ts';

/**
 * Imports the GDELT Global Quotation Graph (JSON lines, a record per article with its quotes and the words
 * around them; plain, .gz or .bz2): each quote with the speaker our attribution rules find in its context
 * (German and English; other languages are kept, marked as not attributed), the article as its source (a
 * document known by its url, title and day). Resumable and idempotent.
 */
export const importGdelt = importCommand({
  format: 'gdelt',
  summary: 'import GDELT Global Quotation Graph quotes (JSON lines, .gz/.bz2), attributed from their context',
  usage: 'import gdelt FILE… [--batch N] [--concurrency N] [--state FILE] [--restart] [--json]',
  build: () => ({ format: gdeltFormat() }),
});
