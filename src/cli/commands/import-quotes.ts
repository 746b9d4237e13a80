import { quotesNdjsonFormat } from '../../import/quotes-ndjson-format.ts';
import { importCommand } from './run-import.ts';

/**
 * Imports quotes as `quotegraph export --format ndjson` writes them: the quotes, their speakers and their
 * sources with spans come back with the same ids (the documents as stubs: their metadata, no text).
 */
export const importQuotes = importCommand({
  format: 'quotes',
  summary: 'import quotes exported as NDJSON (quotegraph export --format ndjson), with speakers and sources',
  usage: 'import quotes FILE… [--batch N] [--concurrency N] [--state FILE] [--restart] [--json]',
  build: () => ({ format: quotesNdjsonFormat() }),
});
