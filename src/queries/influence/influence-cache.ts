import type { InfluenceScoreModel } from '../../model/index.ts';
import type { InfluenceAlgorithmName } from './compute-influence.ts';

/** Everything an influence answer depends on (the arguments after defaults and validation). */
export interface InfluenceKey {
  from: string | null;
  to: string | null;
  asOf: string | null;
  about: string | null;
  algorithm: InfluenceAlgorithmName;
  first: number;
  includeRetracted: boolean;
}

export type CacheOutcome = 'hit' | 'shared' | 'stale' | 'miss';

interface Entry {
  generation: number;
  startedAt: number;
  answer: Promise<InfluenceScoreModel[]>;
  settled: boolean;
  /** a newer computation of the same answer, started when this one passed its TTL */
  refreshing: boolean;
}

/**
 * Influence answers per arguments. An influence call projects part of the graph and runs a graph
 * algorithm (seconds at 1M quotes) while the answer only changes when the graph does, so:
 * - an answer is reused while no write has ended in this process since it was started
 *   (`writeGeneration()`, the Database's count of write transactions: ingest, the sample load and
 *   every curation mutation go through it), and for `ttlMs` from its start, which bounds how stale
 *   it can be after writes by another process (`quotegraph ingest` beside a running API);
 * - past `ttlMs` (and before twice that) with no write seen, the answer is still served while one
 *   new computation runs in the background and replaces it when it succeeds: a TTL alone would make
 *   every caller wait, once a minute, for a computation that takes seconds on a busy database and
 *   holds the analytics slots meanwhile (docs/hardening.md, Load shedding). Older than twice the
 *   TTL, or after a write, callers wait for a fresh answer;
 * - callers asking while the same answer is being computed wait for that computation instead of
 *   starting their own (a dashboard opened by ten people asks ten times at once);
 * - a failed computation is forgotten at once, never served.
 * At most `entries` answers are kept, the least recently used dropped first. `ttlMs` 0: no caching.
 */
export class InfluenceCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly writeGeneration: () => number,
    private readonly limits: { ttlMs: number; entries: number },
    private readonly observe: (outcome: CacheOutcome) => void = () => undefined,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: InfluenceKey, compute: () => Promise<InfluenceScoreModel[]>): Promise<InfluenceScoreModel[]> {
    if (this.limits.ttlMs <= 0) {
      this.observe('miss');
      return compute();
    }
    // fixed field order, so equal arguments give equal keys
    const k = JSON.stringify([key.from, key.to, key.asOf, key.about, key.algorithm, key.first, key.includeRetracted]);
    const now = Date.now();
    const generation = this.writeGeneration();
    const cached = this.entries.get(k);
    const age = cached ? now - cached.startedAt : Infinity;
    if (cached && cached.generation === generation && age < this.limits.ttlMs) {
      this.touch(k, cached);
      this.observe(cached.settled ? 'hit' : 'shared');
      return cached.answer;
    }
    if (cached && cached.generation === generation && cached.settled && age < 2 * this.limits.ttlMs) {
      this.touch(k, cached);
      this.observe('stale');
      if (!cached.refreshing) {
        cached.refreshing = true;
        const next = this.start(k, generation, now, compute);
        // the stale answer stays until the new one has succeeded; a failed refresh is tried again by the next caller
        next.answer.then(
          () => {
            if (this.entries.get(k) === cached) this.entries.set(k, next);
          },
          () => {
            cached.refreshing = false;
          },
        );
      }
      return cached.answer;
    }
    this.observe('miss');
    const entry = this.start(k, generation, now, compute);
    this.touch(k, entry);
    if (this.entries.size > this.limits.entries) this.entries.delete(this.entries.keys().next().value!);
    return entry.answer;
  }

  private start(k: string, generation: number, now: number, compute: () => Promise<InfluenceScoreModel[]>): Entry {
    const entry: Entry = { generation, startedAt: now, answer: compute(), settled: false, refreshing: false };
    entry.answer.then(
      () => {
        entry.settled = true;
      },
      () => {
        if (this.entries.get(k) === entry) this.entries.delete(k);
      },
    );
    return entry;
  }

  /** most recently used goes to the end of the Map's order */
  private touch(k: string, entry: Entry): void {
    this.entries.delete(k);
    this.entries.set(k, entry);
  }
}
