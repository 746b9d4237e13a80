import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { AppError } from '../errors/app-error.ts';

/** Items remembered per feed: enough for any feed's window, small enough to rewrite after every item. */
export const SEEN_PER_FEED = 5000;
/** A failing item is tried at this many polls, then given up and remembered as seen. */
export const MAX_ATTEMPTS = 3;

/** What `quotegraph watch` knows about one feed between polls and between runs. */
export interface FeedState {
  /** the validators of the feed's last complete poll, sent back as If-None-Match / If-Modified-Since */
  etag: string | null;
  lastModified: string | null;
  /** when the feed was last asked (ISO), for the interval across restarts */
  polledAt: string | null;
  /** not to be asked before this (ISO): the feed's Retry-After */
  retryAfter: string | null;
  /** items settled (ingested, or failed for good), oldest first, at most SEEN_PER_FEED */
  seen: { id: string; url: string }[];
  /** failed attempts of items not yet settled, by item id */
  attempts: Record<string, number>;
}

export interface WatchState {
  version: 1;
  feeds: Record<string, FeedState>;
}

export const emptyFeedState = (): FeedState => ({
  etag: null,
  lastModified: null,
  polledAt: null,
  retryAfter: null,
  seen: [],
  attempts: {},
});

/** The state of earlier runs, or an empty one when the file does not exist yet. */
export async function loadWatchState(path: string): Promise<WatchState> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { version: 1, feeds: {} };
    throw err;
  }
  let state: WatchState;
  try {
    state = JSON.parse(text) as WatchState;
  } catch {
    state = { version: 0 } as unknown as WatchState;
  }
  if (state.version !== 1 || typeof state.feeds !== 'object' || state.feeds === null)
    throw new AppError(
      'BAD_USER_INPUT',
      `${path}: not a watch state file; delete it to start over (every feed item is then fetched again)`,
      { field: 'state' },
    );
  for (const [url, feed] of Object.entries(state.feeds)) state.feeds[url] = { ...emptyFeedState(), ...feed };
  return state;
}

/** Writes the state whole or not at all (a temporary file renamed over the old one). */
export async function saveWatchState(path: string, state: WatchState): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const next = `${path}.next`;
  await writeFile(next, `${JSON.stringify(state, null, 1)}\n`);
  await rename(next, path);
}

/** Remembers an item as settled, dropping the oldest past SEEN_PER_FEED. */
export function markSeen(feed: FeedState, item: { id: string; url: string }): void {
  delete feed.attempts[item.id];
  feed.seen.push({ id: item.id, url: item.url });
  if (feed.seen.length > SEEN_PER_FEED) feed.seen.splice(0, feed.seen.length - SEEN_PER_FEED);
}

/** Counts a failed attempt; true when the item has had its last one. */
export function countAttempt(feed: FeedState, id: string): boolean {
  const n = (feed.attempts[id] ?? 0) + 1;
  feed.attempts[id] = n;
  return n >= MAX_ATTEMPTS;
}
