import type { Database } from '../db/database.ts';
import { HostGate, pause } from '../documents/index.ts';
import { pollFeed, type PollResult } from './poll-feed.ts';
import type { WatchState } from './watch-state.ts';

/** The default time between two polls of one feed, and the least the watcher accepts. */
export const DEFAULT_INTERVAL_S = 15 * 60;
export const MIN_INTERVAL_S = 60;

export interface WatchOptions {
  feeds: string[];
  statePath: string;
  /** loadWatchState(statePath): read before the database is opened, so a bad file fails at once */
  state: WatchState;
  intervalMs: number;
  delayMs: number;
  /** poll every feed once (whatever the interval says) and return */
  once: boolean;
  maxBytes: number;
  timeoutMs?: number;
  stopped: Promise<unknown>;
  shouldStop: () => boolean;
  say: (line: string) => void;
}

export interface WatchSummary {
  /** feeds requested */
  polls: number;
  notModified: number;
  feedsFailed: number;
  /** feeds that asked us to wait (429/503 with or without Retry-After), now or in an earlier run */
  feedsWaiting: number;
  items: number;
  ingested: number;
  failed: number;
  deferred: number;
  databaseDown: boolean;
}

/**
 * Polls the feeds until stopped (or once each with `once`): a feed is asked again when its interval has
 * passed since its last poll — by this run or an earlier one, as the state file says — and not before its
 * Retry-After. Between polls it sleeps until the next feed is due; a stop ends the sleep at once and ends a
 * poll after the item being written.
 */
export async function watchFeeds(db: Database, opts: WatchOptions): Promise<WatchSummary> {
  const state = opts.state;
  const gate = new HostGate(opts.delayMs);
  const summary: WatchSummary = {
    polls: 0,
    notModified: 0,
    feedsFailed: 0,
    feedsWaiting: 0,
    items: 0,
    ingested: 0,
    failed: 0,
    deferred: 0,
    databaseDown: false,
  };
  const dueAt = (feed: string) => {
    const f = state.feeds[feed];
    const next = f?.polledAt ? Date.parse(f.polledAt) + opts.intervalMs : 0;
    return Math.max(next, f?.retryAfter ? Date.parse(f.retryAfter) : 0, gate.openAt(feed));
  };
  const ctx = {
    db,
    state,
    statePath: opts.statePath,
    gate,
    maxBytes: opts.maxBytes,
    ...(opts.timeoutMs ? { timeoutMs: opts.timeoutMs } : {}),
    intervalMs: opts.intervalMs,
    stopped: opts.stopped,
    shouldStop: opts.shouldStop,
    say: opts.say,
  };
  for (;;) {
    for (const feed of opts.feeds) {
      if (opts.shouldStop() || summary.databaseDown) break;
      if (!opts.once && dueAt(feed) > Date.now()) continue;
      add(summary, await pollFeed(feed, ctx));
    }
    if (opts.once || opts.shouldStop() || summary.databaseDown) return summary;
    const next = Math.min(...opts.feeds.map(dueAt));
    opts.say(`next poll at ${new Date(Math.max(next, Date.now())).toISOString()}`);
    if (!(await pause(next - Date.now(), opts.stopped))) return summary;
  }
}

function add(s: WatchSummary, r: PollResult): void {
  if (r.asked) s.polls++;
  if (r.outcome === 'not-modified') s.notModified++;
  if (r.outcome === 'failed') s.feedsFailed++;
  if (r.outcome === 'waiting') s.feedsWaiting++;
  s.items += r.new;
  s.ingested += r.ingested;
  s.failed += r.failed;
  s.deferred += r.deferred;
  if (r.databaseDown) s.databaseDown = true;
}
