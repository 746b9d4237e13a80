// The roles starting before an offset, nearest in the list first: "the minister" looks back for the
// last title of its kind. Found by binary search when the list is ordered by start (as
// findRoleMentions gives it), so a look-back costs the roles it passes, not a pass over all of them.

import type { Span } from '../types.ts';

const ordered = new WeakMap<readonly Span[], { length: number; byStart: boolean }>();

function orderedByStart(spans: readonly Span[]): boolean {
  let known = ordered.get(spans);
  if (!known || known.length !== spans.length) {
    known = { length: spans.length, byStart: spans.every((s, i) => i === 0 || spans[i - 1]!.start <= s.start) };
    ordered.set(spans, known);
  }
  return known.byStart;
}

/** The spans with start < before, from the last in the list's order to the first. */
export function* rolesBefore<S extends Span>(spans: readonly S[], before: number): Generator<S> {
  let end = spans.length;
  if (orderedByStart(spans)) {
    let lo = 0;
    while (lo < end) {
      const mid = (lo + end) >>> 1;
      if (spans[mid]!.start < before) lo = mid + 1;
      else end = mid;
    }
  }
  for (let i = end - 1; i >= 0; i--) if (spans[i]!.start < before) yield spans[i]!;
}
