// Public surface of feed watching: RSS/Atom feeds polled, their new items fetched and ingested.
export { readFeed, type Feed, type FeedItem } from './read-feed.ts';
export { loadWatchState, SEEN_PER_FEED, MAX_ATTEMPTS, type WatchState } from './watch-state.ts';
export {
  watchFeeds,
  DEFAULT_INTERVAL_S,
  MIN_INTERVAL_S,
  type WatchOptions,
  type WatchSummary,
} from './watch-feeds.ts';
