import { extractDocument } from '../../extract/index.ts';
import { expandPaths, readDocuments, readSource } from '../../documents/index.ts';
import { useAliasFiles } from '../../extract/aliases/alias-table.ts';
import type { Command } from '../command.ts';
import { notExtractedCount, notExtractedLine } from '../not-extracted-lines.ts';
import { parseDocumentFlags } from '../parse-flags.ts';
import { jsonPieces } from '../json-lines.ts';

export const extract: Command = {
  path: ['extract'],
  summary: 'print what would be extracted from articles, without touching the database',
  usage:
    'extract FILE|URL... [--published YYYY-MM-DD] [--lang CODE] [--outlet NAME] [--url URL] ' +
    '[--aliases FILE]... [--format json]',
  async run(args, ctx) {
    const { overrides, positionals, aliasFiles, values } = parseDocumentFlags(args, { format: { type: 'string' } });
    useAliasFiles(aliasFiles.length ? aliasFiles : ctx.config.aliasFiles);
    const format = (values as { format?: string }).format;
    if (format !== undefined && format !== 'json') {
      ctx.say(`--format: only json is supported, not ${format}`);
      return 2;
    }
    if (!positionals.length) {
      ctx.say('extract: name at least one file, folder, or - for standard input');
      return 2;
    }
    const documents = [];
    let failed = 0;
    let notExtracted = 0;
    const files = await expandPaths(positionals, (file, reason) => ctx.say(`skipped: ${file}: ${reason}`));
    const read = readSource({ maxBytes: ctx.config.maxDocumentBytes });
    for (const file of files) {
      try {
        for (const doc of readDocuments(await read(file), overrides, ctx.config.maxDocumentBytes)) {
          const { body: _body, ...rest } = extractDocument(doc.body, doc.meta);
          documents.push(rest);
          if (rest.extracted === false) {
            notExtracted++;
            ctx.say(
              notExtractedLine({ file: doc.meta.source || file, reason: rest.notExtractedReason ?? '' }, 'extract'),
            );
          }
        }
      } catch (err) {
        failed++;
        ctx.say((err as Error).message);
      }
    }
    const count = notExtractedCount(notExtracted, 'extract');
    if (count) ctx.say(count);
    // JSON.stringify(…, null, 2) written a piece at a time: built whole, it took more memory than extracting
    for (const piece of jsonPieces({ documents })) ctx.print(piece);
    return failed ? 1 : 0;
  },
};
