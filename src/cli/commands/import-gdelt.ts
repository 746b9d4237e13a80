import { parseArgs } from 'node:util';
import { gdeltFormat } from '../../import/gdelt-format.ts';
import type { Command } from '../command.ts';
import { runImport } from './run-import.ts';

/**
 * Imports the GDELT Global Quotation Graph (JSON lines, a record per article with its quotes and the words
 * around them; plain, .gz or .bz2): each quote with the speaker our attribution rules find in its context
 * (German and English; other languages are kept, marked as not attributed), the article as its source (a
 * document known by its url, title and day). Resumable and idempotent.
 */
export const importGdelt: Command = {
  path: ['import', 'gdelt'],
  summary: 'import GDELT Global Quotation Graph quotes (JSON lines, .gz/.bz2), attributed from their context',
  usage: 'import gdelt FILE… [--batch N] [--state FILE] [--restart] [--json]',
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
    return runImport(ctx, gdeltFormat(), positionals, values);
  },
};
