// "Which sentence (paragraph, quote) holds this offset" by binary search instead of a pass over all
// of them: the stages ask it for every quote, date and mention, and a pass each made long texts
// quadratic. The answer is the first span in the list's own order that holds the offset, as
// Array.find would give, also when spans nest (quotes within quotes).

import type { Span } from '../types.ts';

interface Lookup {
  length: number;
  /** the spans' positions in the list, ordered by start */
  byStart: number[];
  /** the largest end among byStart[0..i] */
  maxEnd: number[];
  /** no span ends before it starts */
  wellFormed: boolean;
}

const lookups = new WeakMap<readonly Span[], Lookup>();

function lookup(spans: readonly Span[]): Lookup {
  let l = lookups.get(spans);
  // a list that grew since (the stages append) is indexed again
  if (l && l.length === spans.length) return l;
  const byStart = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b);
  const maxEnd: number[] = [];
  for (const i of byStart) maxEnd.push(Math.max(maxEnd[maxEnd.length - 1] ?? -Infinity, spans[i]!.end));
  l = { length: spans.length, byStart, maxEnd, wellFormed: spans.every((s) => s.end >= s.start) };
  lookups.set(spans, l);
  return l;
}

/**
 * The position in `spans` of the first span holding `offset` (start <= offset < end, or <= end
 * with `endInclusive`), or -1.
 */
export function indexOfSpanAt(spans: readonly Span[], offset: number, endInclusive = false): number {
  const { byStart, maxEnd } = lookup(spans);
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[byStart[mid]!]!.start <= offset) lo = mid + 1;
    else hi = mid;
  }
  let best = -1;
  const holds = (end: number): boolean => (endInclusive ? offset <= end : offset < end);
  // every span starting at or before the offset, nearest first, while one of them may still reach it
  for (let k = lo - 1; k >= 0 && holds(maxEnd[k]!); k--) {
    const i = byStart[k]!;
    if (holds(spans[i]!.end) && (best < 0 || i < best)) best = i;
  }
  return best;
}

/** The first span holding `offset`, or null. */
export function spanAt<S extends Span>(spans: readonly S[], offset: number, endInclusive = false): S | null {
  const i = indexOfSpanAt(spans, offset, endInclusive);
  return i < 0 ? null : spans[i]!;
}

/** The spans sharing a character with `span`, in no particular order. */
export function spansOverlapping<S extends Span>(spans: readonly S[], span: Span): S[] {
  const { byStart, maxEnd } = lookup(spans);
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[byStart[mid]!]!.start < span.end) lo = mid + 1;
    else hi = mid;
  }
  const found: S[] = [];
  for (let k = lo - 1; k >= 0 && maxEnd[k]! > span.start; k--) {
    const s = spans[byStart[k]!]!;
    if (s.end > span.start) found.push(s);
  }
  return found;
}

/**
 * The spans lying wholly inside `span` (start >= span.start, end <= span.end), in the list's own
 * order, as filter would give.
 */
export function spansWithin<S extends Span>(spans: readonly S[], span: Span): S[] {
  if (!lookup(spans).wellFormed) return spans.filter((s) => s.start >= span.start && s.end <= span.end);
  // a span starting after span.end also ends after it
  return spansStartingIn(spans, span.start, span.end + 1).filter((s) => s.end <= span.end);
}

/** The spans starting at or after `from` and before `before`, in the list's own order. */
export function spansStartingIn<S extends Span>(spans: readonly S[], from: number, before: number): S[] {
  const { byStart } = lookup(spans);
  let lo = 0;
  let hi = byStart.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (spans[byStart[mid]!]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const found: number[] = [];
  for (let k = lo; k < byStart.length && spans[byStart[k]!]!.start < before; k++) found.push(byStart[k]!);
  return found.sort((a, b) => a - b).map((i) => spans[i]!);
}
