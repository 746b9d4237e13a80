import { articlesFormat } from '../../import/articles-format.ts';
import { importCommand } from './run-import.ts';

/**
 * Imports article tables (CSV with a header row, or JSON lines; plain, .gz or .bz2): each record's text is
 * extracted and written as an ingested file is, with its url, title, published date, outlet and language.
 */
export const importArticles = importCommand({
  format: 'articles',
  summary: 'import article tables (CSV or JSON lines, .gz/.bz2): each record extracted like a file',
  usage: 'import articles FILE… [--batch N] [--state FILE] [--restart] [--json]',
  build: () => ({ format: articlesFormat() }),
});
