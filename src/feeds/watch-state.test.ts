import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostGate } from './host-gate.ts';
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

describe('HostGate', () => {
  it('when a host was just asked, then the next request to it waits the delay; other hosts do not', async () => {
    let now = 1000;
    const gate = new HostGate(5000, () => now);
    const never = new Promise(() => {});
    expect(await gate.enter('https://a.test.invalid/1', never)).toBe('go');
    gate.left('https://a.test.invalid/1');
    expect(gate.openAt('https://a.test.invalid/2')).toBe(6000);
    expect(gate.openAt('https://b.test.invalid/1')).toBe(0);
    // more than the longest wait allowed: come back later
    expect(await gate.enter('https://a.test.invalid/2', never, 1000)).toBe('later');
    now = 6000;
    expect(await gate.enter('https://a.test.invalid/2', never, 1000)).toBe('go');
  });

  it('when a host asks us to wait, then it stays closed that long; a stop ends a wait at once', async () => {
    const gate = new HostGate(0);
    gate.block('https://a.test.invalid/', 3_600_000);
    expect(gate.openAt('https://a.test.invalid/x')).toBeGreaterThan(Date.now() + 3_500_000);
    expect(await gate.enter('https://a.test.invalid/x', Promise.resolve())).toBe('stopped');
  });
});
