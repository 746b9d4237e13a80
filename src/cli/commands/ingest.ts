import { badInput } from '../../errors/app-error.ts';
import { DEFAULT_DELAY_S, expandPaths, HostGate, readSourcesPolitely } from '../../documents/index.ts';
import { ingestFiles } from '../../ingest/ingest-documents.ts';
import { useAliasFiles } from '../../extract/aliases/alias-table.ts';
import type { Command } from '../command.ts';
import { notExtractedCount, notExtractedLine } from '../not-extracted-lines.ts';
import { parseDocumentFlags, parseSeconds } from '../parse-flags.ts';
import { withDatabase } from '../with-database.ts';
import { renderProgress } from '../progress-bar.ts';
import { progressLine } from '../progress-line.ts';
import { listenForStop } from '../stop-signals.ts';
import { testPause } from '../test-pause.ts';

export const ingest: Command = {
  path: ['ingest'],
  summary:
    'extract articles (files, folders, or pages by http(s) address) and write them to the graph, ' +
    'each document whole (--batch documents per transaction)',
  usage:
    'ingest PATH|URL... [--published YYYY-MM-DD] [--lang CODE] [--outlet NAME] [--url URL] ' +
    '[--aliases FILE]... [--concurrency N] [--batch N] [--delay SECONDS]',
  async run(args, ctx) {
    const { overrides, positionals, aliasFiles, values } = parseDocumentFlags(args, {
      concurrency: { type: 'string' },
      batch: { type: 'string' },
      delay: { type: 'string' },
    });
    const flags = values as Record<string, unknown>;
    const concurrency =
      flags.concurrency === undefined
        ? ctx.config.ingestConcurrency
        : parseCount('--concurrency', flags.concurrency, 16);
    const batch = flags.batch === undefined ? ctx.config.ingestBatch : parseCount('--batch', flags.batch, 1000);
    // between two requests to one host, as `watch` pauses (docs/feeds.md)
    const delay = parseSeconds('--delay', flags.delay, DEFAULT_DELAY_S, 0, 60);
    useAliasFiles(aliasFiles.length ? aliasFiles : ctx.config.aliasFiles);
    if (!positionals.length) {
      ctx.say('ingest: name at least one file, folder, web address, or - for standard input');
      return 2;
    }
    const skipped: string[] = [];
    const files = await expandPaths(positionals, (file, reason) => skipped.push(`skipped: ${file}: ${reason}`));
    const stop = listenForStop((signal) =>
      ctx.say(`\n${signal}: finishing the documents being written, then stopping …`),
    );
    const interrupted = () => stop.received() !== null;
    try {
      return await withDatabase(ctx, async (db) => {
        const progress = progressLine(process.stderr);
        const summary = await ingestFiles(db, files, {
          overrides,
          maxDocumentBytes: ctx.config.maxDocumentBytes,
          read: readSourcesPolitely(files, {
            maxBytes: ctx.config.maxDocumentBytes,
            gate: new HostGate(delay * 1000),
            stopped: stop.next,
          }),
          concurrency,
          batch,
          shouldStop: interrupted,
          ...(ctx.config.testPauseAfterBatches === undefined
            ? {}
            : { pauseBeforeCommit: { afterBatches: ctx.config.testPauseAfterBatches, pause: testPause(ctx.say) } }),
          // A .json or .jsonl file can hold many documents: the total grows past the file count then.
          onDocument: (_r, s) => {
            const done = s.documents + s.failed.length;
            progress(
              renderProgress({
                done,
                total: Math.max(files.length, done),
                quotes: s.quotes,
                entities: s.entities,
                relations: s.relations,
              }),
            );
          },
        });
        progress.done();
        ctx.print(
          `Ingested ${summary.documents} documents (${summary.created} new, ${summary.replaced} replaced, ` +
            `${summary.unchanged} unchanged): ` +
            `${summary.quotes} quotes, ${summary.claims} claims, ${summary.entities} entity mentions, ` +
            `${summary.relations} relations.`,
        );
        for (const line of skipped) ctx.say(line);
        if (skipped.length) ctx.say(`${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped (listed above)`);
        for (const n of summary.notExtracted) ctx.say(notExtractedLine(n, 'ingest'));
        const notExtracted = notExtractedCount(summary.notExtracted.length, 'ingest');
        if (notExtracted) ctx.say(notExtracted);
        for (const f of summary.failed)
          ctx.say(`failed: ${f.reason.startsWith(f.file) ? f.reason : `${f.file}: ${f.reason}`}`);
        if (interrupted())
          ctx.say('Stopped by a signal; documents not yet written can be ingested by running the same command again.');
        return summary.failed.length || interrupted() ? 1 : 0;
      });
    } finally {
      stop.dispose();
    }
  },
};

function parseCount(flag: string, value: unknown, max: number): number {
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1 || n > max)
    throw badInput(flag, `${JSON.stringify(value)}: give a whole number from 1 to ${max}`);
  return n;
}
