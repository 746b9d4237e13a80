import path from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DELAY_S, isWebAddress } from '../../documents/index.ts';
import { badInput } from '../../errors/app-error.ts';
import { useAliasFiles } from '../../extract/aliases/alias-table.ts';
import { DEFAULT_INTERVAL_S, loadWatchState, MIN_INTERVAL_S, watchFeeds } from '../../feeds/index.ts';
import type { Command } from '../command.ts';
import { parseSeconds } from '../parse-flags.ts';
import { listenForStop } from '../stop-signals.ts';
import { withDatabase } from '../with-database.ts';

/**
 * Polls RSS and Atom feeds and ingests the articles of new items (docs/feeds.md): conditional requests,
 * a minimum interval per feed, a pause between requests to one host, Retry-After honoured, and a state
 * file so that a restart fetches nothing twice.
 */
export const watch: Command = {
  path: ['watch'],
  summary: 'poll RSS/Atom feeds and ingest the pages of new items (politely; --once for cron)',
  usage: `watch FEED_URL... [--interval SECONDS] [--once] [--state FILE] [--delay SECONDS]`,
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        interval: { type: 'string' },
        once: { type: 'boolean' },
        state: { type: 'string' },
        delay: { type: 'string' },
      },
    });
    if (!positionals.length) {
      ctx.say('watch: name at least one feed by its http(s) address');
      return 2;
    }
    for (const feed of positionals)
      if (!isWebAddress(feed)) throw badInput('FEED_URL', `${JSON.stringify(feed)} is not an http(s) address`);
    const feeds = [...new Set(positionals)];
    const interval = parseSeconds('--interval', values.interval, DEFAULT_INTERVAL_S, MIN_INTERVAL_S, 7 * 24 * 3600);
    const delay = parseSeconds('--delay', values.delay, DEFAULT_DELAY_S, 0, 60);
    const statePath = path.resolve(values.state ?? path.join(ctx.config.local.dataDir, 'watch.state.json'));
    const state = await loadWatchState(statePath);
    useAliasFiles(ctx.config.aliasFiles);

    const stop = listenForStop((signal) => ctx.say(`\n${signal}: finishing the item being written, then stopping …`));
    try {
      return await withDatabase(ctx, async (db) => {
        if (!values.once)
          ctx.say(`Watching ${feeds.length} feed${feeds.length === 1 ? '' : 's'} every ${interval} s (Ctrl-C stops).`);
        const s = await watchFeeds(db, {
          feeds,
          statePath,
          state,
          intervalMs: interval * 1000,
          delayMs: delay * 1000,
          once: values.once === true,
          maxBytes: ctx.config.maxDocumentBytes,
          stopped: stop.next,
          shouldStop: () => stop.received() !== null,
          say: ctx.say,
        });
        const feedsPolled = `${s.polls} feed${s.polls === 1 ? '' : 's'}`;
        ctx.print(
          `Polled ${feedsPolled} (${s.notModified} not modified, ${s.feedsFailed} failed, ` +
            `${s.feedsWaiting} waiting on Retry-After): ` +
            `${s.items} new items, ${s.ingested} ingested, ${s.failed} failed, ${s.deferred} left for the next poll.`,
        );
        if (s.databaseDown) ctx.say('Stopped: the database is unavailable; run again to go on where this stopped.');
        if (stop.received()) ctx.say(`Stopped by a signal; the state is in ${statePath}.`);
        return s.feedsFailed || s.failed || s.databaseDown ? 1 : 0;
      });
    } finally {
      stop.dispose();
    }
  },
};
