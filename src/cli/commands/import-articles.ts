import { parseArgs } from 'node:util';
import { articlesFormat } from '../../import/articles-format.ts';
import type { Command } from '../command.ts';
import { runImport } from './run-import.ts';

/**
 * Imports article tables (CSV with a header row, or JSON lines; plain, .gz or .bz2): each record's text is
 * extracted and written as an ingested file is, with its url, title, published date, outlet and language.
 */
export const importArticles: Command = {
  path: ['import', 'articles'],
  summary: 'import article tables (CSV or JSON lines, .gz/.bz2): each record extracted like a file',
  usage: 'import articles FILE… [--batch N] [--state FILE] [--restart] [--json]',
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
    return runImport(ctx, articlesFormat(), positionals, values);
  },
};
