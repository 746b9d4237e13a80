import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  countAttempt,
  emptyFeedState,
  loadWatchState,
  MAX_ATTEMPTS,
  markSeen,
  saveWatchState,
  SEEN_PER_FEED,
} from './watch-state.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-watch-state-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('the watch state file', () => {
  it('when there is none yet, then it is empty; saved, it reads back whole, no temporary file left', async () => {
    const path = join(dir, 'nested', 'watch.state.json');
    const state = await loadWatchState(path);
    expect(state).toEqual({ version: 1, feeds: {} });
    state.feeds['https://f.test.invalid/rss'] = { ...emptyFeedState(), etag: '"v1"' };
    markSeen(state.feeds['https://f.test.invalid/rss'], { id: 'a', url: 'https://f.test.invalid/a' });
    await saveWatchState(path, state);
    expect(await loadWatchState(path)).toEqual(state);
    expect(await readdir(join(dir, 'nested'))).toEqual(['watch.state.json']);
  });

  it('when the file is not a state file, then the error names it and says how to start over', async () => {
    const path = join(dir, 'broken.json');
    for (const text of ['{"version": 1, "feeds"', '{"version": 7, "feeds": {}}', '[]']) {
      await writeFile(path, text);
      await expect(loadWatchState(path)).rejects.toThrow(`${path}: not a watch state file; delete it to start over`);
    }
  });

  it('when more items are seen than kept, then the oldest are dropped', () => {
    const feed = emptyFeedState();
    for (let i = 0; i < SEEN_PER_FEED + 3; i++) markSeen(feed, { id: `i${i}`, url: `https://f.test.invalid/${i}` });
    expect(feed.seen).toHaveLength(SEEN_PER_FEED);
    expect(feed.seen[0]!.id).toBe('i3');
    expect(feed.seen.at(-1)!.id).toBe(`i${SEEN_PER_FEED + 2}`);
  });

  it('when an item keeps failing, then its MAX_ATTEMPTS-th try is its last; settling forgets the count', () => {
    const feed = emptyFeedState();
    const tries = Array.from({ length: MAX_ATTEMPTS }, () => countAttempt(feed, 'x'));
    expect(tries).toEqual([...Array(MAX_ATTEMPTS - 1).fill(false), true]);
    markSeen(feed, { id: 'x', url: 'https://f.test.invalid/x' });
    expect(feed.attempts).toEqual({});
  });
});
