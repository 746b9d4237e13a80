import { afterEach, describe, expect, it, vi } from 'vitest';
import type { InfluenceScoreModel } from '../../model/index.ts';
import { InfluenceCache, type CacheOutcome, type InfluenceKey } from './influence-cache.ts';

const key = (over: Partial<InfluenceKey> = {}): InfluenceKey => ({
  from: '2026-01-01',
  to: '2026-02-28',
  asOf: null,
  about: null,
  algorithm: 'PAGERANK',
  first: 20,
  includeRetracted: false,
  ...over,
});
const answer = (id: string): InfluenceScoreModel[] => [{ entityId: id, score: 1, rank: 1, why: [] }];

function setup(limits = { ttlMs: 60_000, entries: 10 }) {
  let generation = 0;
  const seen: CacheOutcome[] = [];
  const cache = new InfluenceCache(
    () => generation,
    limits,
    (o) => seen.push(o),
  );
  let computed = 0;
  const compute =
    (id = 'a') =>
    () => {
      computed++;
      return Promise.resolve(answer(id));
    };
  return { cache, seen, compute, computed: () => computed, write: () => generation++ };
}

describe('InfluenceCache', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('when the same arguments are asked again, then the answer is reused; other arguments are computed', async () => {
    const s = setup();
    await s.cache.get(key(), s.compute());
    expect(await s.cache.get(key(), s.compute())).toEqual(answer('a'));
    await s.cache.get(key({ algorithm: 'DEGREE' }), s.compute());
    await s.cache.get(key({ asOf: '2026-02-01' }), s.compute());
    await s.cache.get(key({ about: 'org:nato' }), s.compute());
    expect(s.computed()).toBe(4);
    expect(s.seen).toEqual(['miss', 'hit', 'miss', 'miss', 'miss']);
  });

  it('when a write ended after the answer was started, then it is computed again', async () => {
    const s = setup();
    await s.cache.get(key(), s.compute('before'));
    s.write();
    expect(await s.cache.get(key(), s.compute('after'))).toEqual(answer('after'));
    expect(await s.cache.get(key(), s.compute('later'))).toEqual(answer('after'));
    expect(s.computed()).toBe(2);
  });

  it(
    'when the TTL has passed, ' +
      'then the answer is served once more while it is computed again, and the new one replaces it',
    async () => {
      vi.useFakeTimers();
      const s = setup({ ttlMs: 1000, entries: 10 });
      await s.cache.get(key(), s.compute('first'));
      vi.advanceTimersByTime(999);
      expect(await s.cache.get(key(), s.compute('unused'))).toEqual(answer('first'));
      vi.advanceTimersByTime(1);
      let finish!: (a: InfluenceScoreModel[]) => void;
      let refreshes = 0;
      const slow = () => {
        refreshes++;
        return new Promise<InfluenceScoreModel[]>((resolve) => (finish = resolve));
      };
      expect(await s.cache.get(key(), slow)).toEqual(answer('first'));
      // a second caller while the refresh runs gets the old answer too and starts no other computation
      expect(await s.cache.get(key(), slow)).toEqual(answer('first'));
      expect(refreshes).toBe(1);
      finish(answer('second'));
      await Promise.resolve();
      expect(await s.cache.get(key(), s.compute('unused'))).toEqual(answer('second'));
      expect(s.computed()).toBe(1);
      expect(s.seen).toEqual(['miss', 'hit', 'stale', 'stale', 'hit']);
    },
  );

  it('when twice the TTL has passed, or a write ended, then callers wait for a fresh answer', async () => {
    vi.useFakeTimers();
    const s = setup({ ttlMs: 1000, entries: 10 });
    await s.cache.get(key(), s.compute('first'));
    vi.advanceTimersByTime(2000);
    expect(await s.cache.get(key(), s.compute('second'))).toEqual(answer('second'));
    vi.advanceTimersByTime(1500);
    s.write();
    expect(await s.cache.get(key(), s.compute('third'))).toEqual(answer('third'));
    expect(s.seen).toEqual(['miss', 'miss', 'miss']);
  });

  it('when a refresh past the TTL fails, then the old answer stays and the next caller tries again', async () => {
    vi.useFakeTimers();
    const s = setup({ ttlMs: 1000, entries: 10 });
    await s.cache.get(key(), s.compute('first'));
    vi.advanceTimersByTime(1000);
    let failed = 0;
    const failing = () => {
      failed++;
      return Promise.reject(new Error('database busy'));
    };
    expect(await s.cache.get(key(), failing)).toEqual(answer('first'));
    await Promise.resolve();
    await Promise.resolve();
    expect(await s.cache.get(key(), s.compute('second'))).toEqual(answer('first'));
    await Promise.resolve();
    expect(await s.cache.get(key(), s.compute('unused'))).toEqual(answer('second'));
    expect(failed).toBe(1);
  });

  it('when callers ask while the answer is being computed, then they share the one computation', async () => {
    const s = setup();
    let finish!: (v: InfluenceScoreModel[]) => void;
    const slow = () => new Promise<InfluenceScoreModel[]>((r) => (finish = r));
    const first = s.cache.get(key(), slow);
    const second = s.cache.get(key(), s.compute());
    finish(answer('slow'));
    expect(await first).toEqual(answer('slow'));
    expect(await second).toEqual(answer('slow'));
    expect(s.computed()).toBe(0);
    expect(s.seen).toEqual(['miss', 'shared']);
  });

  it('when a computation fails, then the failure is not kept', async () => {
    const s = setup();
    await expect(s.cache.get(key(), () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await s.cache.get(key(), s.compute())).toEqual(answer('a'));
    expect(s.computed()).toBe(1);
  });

  it('when more answers than entries are kept, then the least recently used goes first', async () => {
    const s = setup({ ttlMs: 60_000, entries: 2 });
    await s.cache.get(key({ first: 1 }), s.compute());
    await s.cache.get(key({ first: 2 }), s.compute());
    await s.cache.get(key({ first: 1 }), s.compute()); // 1 is now the most recent
    await s.cache.get(key({ first: 3 }), s.compute()); // drops 2
    expect(s.cache.size).toBe(2);
    await s.cache.get(key({ first: 1 }), s.compute());
    await s.cache.get(key({ first: 2 }), s.compute());
    expect(s.computed()).toBe(4);
  });

  it('when the TTL is 0, then nothing is cached', async () => {
    const s = setup({ ttlMs: 0, entries: 10 });
    await s.cache.get(key(), s.compute());
    await s.cache.get(key(), s.compute());
    expect(s.computed()).toBe(2);
    expect(s.cache.size).toBe(0);
  });
});
