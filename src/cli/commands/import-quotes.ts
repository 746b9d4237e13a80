import { parseArgs } from 'node:util';
import { quotesNdjsonFormat } from '../../import/quotes-ndjson-format.ts';
import type { Command } from '../command.ts';
import { runImport } from './run-import.ts';

/**
 * Imports quotes as `quotegraph export --format ndjson` writes them: the quotes, their speakers and their
 * sources with spans come back with the same ids (the documents as stubs: their metadata, no text).
 */
export const importQuotes: Command = {
  path: ['import', 'quotes'],
  summary: 'import quotes exported as NDJSON (quotegraph export --format ndjson), with speakers and sources',
  usage: 'import quotes FILE… [--batch N] [--state FILE] [--restart] [--json]',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        batch: { type: 'string' },
        state: { type: 'string' },
        restart: { type: 'boolean' },
        json: { type: 'boolean' },
      },
    });
    return runImport(ctx, quotesNdjsonFormat(), positionals, values);
  },
};
