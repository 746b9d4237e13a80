// The mentions of one extraction run ordered by where they start, so "which mentions overlap this
// span" costs a binary search and the few mentions near it instead of a pass over all of them: the
// stages ask it for every word they look at, and a pass each made long texts quadratic.
// Answers come in the order the mentions have in ctx.mentions (the order the stages rely on).

import type { Span } from './types.ts';

/** Mentions are kept in buckets of 2^BUCKET_BITS characters by where they start. */
const BUCKET_BITS = 10;

/** A mention with its place in the run's own list, renumbered when that list is sorted. */
interface Entry<M extends Span> {
  m: M;
  start: number;
  order: number;
}

export class MentionIndex<M extends Span> {
  /** bucket k holds the mentions starting in [k << BUCKET_BITS, (k + 1) << BUCKET_BITS), ordered by start */
  private readonly buckets: Entry<M>[][] = [];
  private next = 0;
  /** the longest mention seen: one that overlaps a span starts at most this far before it */
  private longest = 0;

  constructor(mentions: readonly M[] = []) {
    this.renumber(mentions);
  }

  add(m: M): void {
    const entry = { m, start: m.start, order: this.next++ };
    const k = bucketOf(m.start);
    while (this.buckets.length <= k) this.buckets.push([]);
    const bucket = this.buckets[k]!;
    // after the mentions starting at or before it: usually at the end
    if (bucket.length === 0 || bucket[bucket.length - 1]!.start <= m.start) bucket.push(entry);
    else bucket.splice(firstStartingAtOrAfter(bucket, m.start + 1), 0, entry);
    this.longest = Math.max(this.longest, m.end - m.start);
  }

  remove(m: M): void {
    const bucket = this.buckets[bucketOf(m.start)];
    if (!bucket) return;
    for (let i = firstStartingAtOrAfter(bucket, m.start); i < bucket.length && bucket[i]!.start === m.start; i++) {
      if (bucket[i]!.m !== m) continue;
      bucket.splice(i, 1);
      return;
    }
  }

  /** After the run's list was rebuilt or sorted: its order is the order answers come in. */
  renumber(mentions: readonly M[]): void {
    this.buckets.length = 0;
    this.next = 0;
    for (const m of mentions) this.add(m);
  }

  /** Mentions sharing at least one character with the span. */
  overlapping(span: Span): M[] {
    return this.scan(span.start - this.longest, span.end, (m) => m.end > span.start && m.start < span.end);
  }

  /** Mentions lying wholly inside the span. */
  within(span: Span): M[] {
    return this.scan(span.start, span.end, (m) => m.end <= span.end);
  }

  /** Mentions starting exactly at an offset. */
  startingAt(offset: number): M[] {
    return this.scan(offset, offset + 1, (m) => m.start === offset);
  }

  /** The mentions starting in [from, before) that `keep` accepts, in the run's order. */
  private scan(from: number, before: number, keep: (m: M) => boolean): M[] {
    const found: Entry<M>[] = [];
    if (before <= from) return [];
    const last = Math.min(bucketOf(before - 1), this.buckets.length - 1);
    let ordered = true;
    for (let k = bucketOf(from); k <= last; k++) {
      const bucket = this.buckets[k]!;
      for (let i = firstStartingAtOrAfter(bucket, from); i < bucket.length && bucket[i]!.start < before; i++) {
        const entry = bucket[i]!;
        if (!keep(entry.m)) continue;
        if (found.length > 0 && found[found.length - 1]!.order > entry.order) ordered = false;
        found.push(entry);
      }
    }
    // after sortMentions the run's order is the order by start: usually nothing to sort
    if (!ordered) found.sort((a, b) => a.order - b.order);
    return found.map((e) => e.m);
  }
}

function bucketOf(offset: number): number {
  return offset <= 0 ? 0 : offset >>> BUCKET_BITS;
}

function firstStartingAtOrAfter(list: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
