import type { Database } from '../db/database.ts';
import {
  contentType,
  DEFAULT_RETRY_AFTER_MS,
  fetchPageAtGate,
  type HostGate,
  httpGet,
  HttpStatusError,
  InputError,
  MAX_PAGE_WAIT_MS,
  retryAfterMs,
  type InputFile,
} from '../documents/index.ts';
import { ingestFiles } from '../ingest/ingest-documents.ts';
import { readFeed, type FeedItem } from './read-feed.ts';
import {
  countAttempt,
  emptyFeedState,
  markSeen,
  saveWatchState,
  type FeedState,
  type WatchState,
} from './watch-state.ts';

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, ' +
  '*/*;q=0.1';

export interface PollContext {
  db: Database;
  state: WatchState;
  statePath: string;
  gate: HostGate;
  maxBytes: number;
  timeoutMs?: number;
  intervalMs: number;
  /** settles at Ctrl-C / SIGTERM: waits end, the item being written is finished */
  stopped: Promise<unknown>;
  shouldStop: () => boolean;
  /** one line per event, for the user */
  say: (line: string) => void;
  now?: () => number;
}

export interface PollResult {
  /**
   * 'not-modified': a 304; 'waiting': the feed asked us to wait (now, or earlier and it still runs);
   * 'failed': no feed read
   */
  outcome: 'read' | 'not-modified' | 'waiting' | 'failed';
  /** whether the feed was requested at all */
  asked: boolean;
  items: number;
  new: number;
  ingested: number;
  failed: number;
  /** left for the next poll: a host asked us to wait, or the run was stopped */
  deferred: number;
  /** the database went away: the run should not go on writing */
  databaseDown: boolean;
}

/**
 * One poll of one feed: a conditional GET (If-None-Match / If-Modified-Since from the last complete
 * poll), then each item not seen before fetched and ingested, one document per transaction, the state
 * file rewritten after each. The feed's validators are stored only once every new item is settled, so
 * an item left over (stopped, a host's Retry-After, a failure to retry) brings the full feed next time.
 */
export async function pollFeed(feedUrl: string, ctx: PollContext): Promise<PollResult> {
  const now = ctx.now ?? Date.now;
  ctx.state.feeds[feedUrl] ??= emptyFeedState();
  const feed = ctx.state.feeds[feedUrl];
  const result: PollResult = {
    outcome: 'read',
    asked: false,
    items: 0,
    new: 0,
    ingested: 0,
    failed: 0,
    deferred: 0,
    databaseDown: false,
  };
  const save = () => saveWatchState(ctx.statePath, ctx.state);
  const done = async (outcome: PollResult['outcome'], line: string) => {
    ctx.say(`${feedUrl}: ${line}`);
    await save();
    return { ...result, outcome };
  };

  if (feed.retryAfter && Date.parse(feed.retryAfter) > now()) {
    ctx.say(`${feedUrl}: not asked, it asked us to wait until ${feed.retryAfter}`);
    return { ...result, outcome: 'waiting' };
  }
  const entered = await ctx.gate.enter(feedUrl, ctx.stopped, MAX_PAGE_WAIT_MS);
  if (entered === 'later') ctx.say(`${feedUrl}: not asked, its host asked us to wait`);
  if (entered !== 'go') return { ...result, outcome: 'waiting' };

  const askedAt = new Date(now()).toISOString();
  const headers: Record<string, string> = { accept: FEED_ACCEPT };
  if (feed.etag) headers['if-none-match'] = feed.etag;
  if (feed.lastModified) headers['if-modified-since'] = feed.lastModified;
  let xml: string;
  let validators: { etag: string | null; lastModified: string | null };
  try {
    const answer = await httpGet(feedUrl, {
      maxBytes: ctx.maxBytes,
      headers,
      ...(ctx.timeoutMs ? { timeoutMs: ctx.timeoutMs } : {}),
    });
    ctx.gate.left(feedUrl);
    result.asked = true;
    feed.polledAt = askedAt;
    feed.retryAfter = null;
    if (answer.status === 304) return await done('not-modified', 'not modified since the last poll (304)');
    if (answer.status === 429 || answer.status === 503) {
      const wait = Math.max(retryAfterMs(answer.headers, now()) ?? DEFAULT_RETRY_AFTER_MS, 0);
      feed.retryAfter = new Date(now() + wait).toISOString();
      ctx.gate.block(feedUrl, wait);
      return await done('waiting', `HTTP ${answer.status}; asked again after ${feed.retryAfter}`);
    }
    if (answer.status < 200 || answer.status > 299)
      return await done('failed', `failed: HTTP ${answer.status}${answer.statusText ? ` ${answer.statusText}` : ''}`);
    xml = decodeFeed(answer.bytes, contentType(answer.headers).charset);
    validators = { etag: answer.headers.get('etag'), lastModified: answer.headers.get('last-modified') };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    ctx.gate.left(feedUrl);
    result.asked = true;
    feed.polledAt = askedAt;
    return await done('failed', `failed: ${err.reason}`);
  }

  let items: FeedItem[];
  try {
    items = readFeed(feedUrl, xml).items;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return await done('failed', `failed: ${err.reason}`);
  }
  const seen = new Set(feed.seen.flatMap((s) => [s.id, s.url]));
  const fresh = uniqueById(items.filter((i) => !seen.has(i.id) && !seen.has(i.url)));
  result.items = items.length;
  result.new = fresh.length;
  ctx.say(`${feedUrl}: ${items.length} items, ${fresh.length} new`);

  let settled = 0;
  let tried = 0;
  // oldest first: feeds list the newest at the top
  for (const item of fresh.reverse()) {
    if (ctx.shouldStop() || result.databaseDown) break;
    const outcome = await ingestItem(item, feed, ctx);
    if (outcome === 'stopped') break;
    tried++;
    if (outcome === 'ingested') result.ingested++;
    else if (outcome === 'failed' || outcome === 'gave-up') result.failed++;
    else result.deferred++;
    if (outcome === 'database-down') result.databaseDown = true;
    if (outcome === 'ingested' || outcome === 'gave-up') settled++;
    await save();
  }
  // not reached: stopped, or the database went away
  result.deferred += fresh.length - tried;
  if (settled === fresh.length) {
    feed.etag = validators.etag;
    feed.lastModified = validators.lastModified;
  }
  await save();
  return result;
}

type ItemOutcome = 'ingested' | 'failed' | 'gave-up' | 'later' | 'stopped' | 'database-down';

async function ingestItem(item: FeedItem, feed: FeedState, ctx: PollContext): Promise<ItemOutcome> {
  let page: InputFile;
  try {
    const got = await fetchPageAtGate(item.url, ctx.gate, {
      maxBytes: ctx.maxBytes,
      ...(ctx.timeoutMs ? { timeoutMs: ctx.timeoutMs } : {}),
      fallback: { title: item.title, publishedAt: item.publishedAt },
      stopped: ctx.stopped,
    });
    if ('stopped' in got) return 'stopped';
    // the host's wait ends before the next poll or after it: the item is asked for then
    if ('later' in got) {
      ctx.say(`  later: ${item.url}: ${got.later}`);
      return 'later';
    }
    page = got.page;
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return failed(item, feed, ctx, err.message, permanent(err));
  }
  const summary = await ingestFiles(ctx.db, [item.url], {
    read: async () => page,
    maxDocumentBytes: ctx.maxBytes,
    batch: 1,
    concurrency: 1,
  });
  const failure = summary.failed[0];
  if (failure?.code === 'DATABASE_UNAVAILABLE') {
    ctx.say(`  not written: ${item.url}: ${failure.reason}`);
    return 'database-down';
  }
  if (failure) {
    const reason = failure.reason.startsWith(failure.file) ? failure.reason : `${failure.file}: ${failure.reason}`;
    // a page that reads but cannot be made a document (no text, bad date) will not read better next time
    return failed(item, feed, ctx, reason, failure.code === undefined);
  }
  markSeen(feed, item);
  const status = summary.created ? 'new' : summary.replaced ? 'replaced' : 'unchanged';
  ctx.say(`  ingested ${item.url} (${status}: ${summary.quotes} quotes, ${summary.claims} claims)`);
  return 'ingested';
}

function failed(item: FeedItem, feed: FeedState, ctx: PollContext, reason: string, forGood: boolean): ItemOutcome {
  if (forGood || countAttempt(feed, item.id)) {
    markSeen(feed, item);
    ctx.say(`  failed: ${reason} (not tried again)`);
    return 'gave-up';
  }
  ctx.say(`  failed: ${reason} (tried again at the next poll)`);
  return 'failed';
}

/** Not worth another try: the page is missing or gone, or is not something quotegraph reads. */
function permanent(err: InputError): boolean {
  if (err instanceof HttpStatusError)
    return err.status >= 400 && err.status < 500 && ![408, 425, 429].includes(err.status);
  return err.code !== 'unreachable' && err.code !== 'timeout' && err.code !== 'http-status';
}

function uniqueById(items: FeedItem[]): FeedItem[] {
  const ids = new Set<string>();
  return items.filter((i) => !ids.has(i.id) && ids.add(i.id));
}

/** A feed's bytes as text: the charset of the Content-Type, else of the XML declaration, else UTF-8. */
function decodeFeed(bytes: Buffer, charset: string | null): string {
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/.exec(bytes.subarray(0, 200).toString('latin1'));
  for (const c of [charset, declared?.[1], 'utf-8']) {
    if (!c) continue;
    try {
      return new TextDecoder(c).decode(bytes);
    } catch {}
  }
  return bytes.toString('utf8');
}
