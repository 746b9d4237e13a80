// The mentions of one extraction run ordered by where they start, so "which mentions overlap this
// span" costs a binary search and the few mentions near it instead of a pass over all of them: the
// stages ask it for every word they look at, and a pass each made long texts quadratic.
// Answers come in the order the mentions have in ctx.mentions (the order the stages rely on).

import type { Span } from './types.ts';

export class MentionIndex<M extends Span> {
  private readonly byStart: M[] = [];
  /** each mention's place in the run's own list, renumbered when that list is sorted */
  private readonly order = new Map<M, number>();
  private next = 0;
  /** the longest mention seen: one that overlaps a span starts at most this far before it */
  private longest = 0;

  constructor(mentions: readonly M[] = []) {
    this.renumber(mentions);
  }

  add(m: M): void {
    this.order.set(m, this.next++);
    this.byStart.splice(this.firstStartingAfter(m.start), 0, m);
    this.longest = Math.max(this.longest, m.end - m.start);
  }

  remove(m: M): void {
    for (let i = this.firstStartingAtOrAfter(m.start); i < this.byStart.length && this.byStart[i]!.start === m.start; i++) {
      if (this.byStart[i] !== m) continue;
      this.byStart.splice(i, 1);
      this.order.delete(m);
      return;
    }
  }

  /** After the run's list was rebuilt or sorted: its order is the order answers come in. */
  renumber(mentions: readonly M[]): void {
    this.byStart.length = 0;
    this.order.clear();
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

  private scan(from: number, before: number, keep: (m: M) => boolean): M[] {
    const found: M[] = [];
    for (let i = this.firstStartingAtOrAfter(from); i < this.byStart.length && this.byStart[i]!.start < before; i++) {
      const m = this.byStart[i]!;
      if (keep(m)) found.push(m);
    }
    return found.length > 1 ? found.sort((a, b) => this.order.get(a)! - this.order.get(b)!) : found;
  }

  private firstStartingAtOrAfter(offset: number): number {
    let lo = 0;
    let hi = this.byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.byStart[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  private firstStartingAfter(offset: number): number {
    return this.firstStartingAtOrAfter(offset + 1);
  }
}
