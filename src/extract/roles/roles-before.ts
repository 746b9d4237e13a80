// The last role of a kind before an offset: "the minister" looks back for the last title of its
// kind. The roles of each kind are listed once per run (in the list's order), and the look-back is
// a binary search in that list when the roles are ordered by start (as findRoleMentions gives
// them), so it costs the roles of that kind it passes, not a pass over all roles.

import type { Span } from '../types.ts';

interface Kinds {
  length: number;
  byStart: boolean;
  /** positions in the list of the spans of each kind, ascending */
  lists: Map<string, number[]>;
}

const indexes = new WeakMap<readonly Span[], Kinds>();

function kindsOf(spans: readonly Span[]): Kinds {
  let kinds = indexes.get(spans);
  if (!kinds || kinds.length !== spans.length) {
    kinds = {
      length: spans.length,
      byStart: spans.every((s, i) => i === 0 || spans[i - 1]!.start <= s.start),
      lists: new Map(),
    };
    indexes.set(spans, kinds);
  }
  return kinds;
}

/**
 * The last span in the list's order with start < before that is of the kind and that `accept`
 * takes, or undefined. `isKind` must depend only on what a span never changes after the list is
 * built; `kind` names it (the same name, the same test).
 */
export function lastRoleBefore<S extends Span>(
  spans: readonly S[],
  before: number,
  kind: string,
  isKind: (s: S) => boolean,
  accept: (s: S) => boolean,
): S | undefined {
  const kinds = kindsOf(spans);
  let list = kinds.lists.get(kind);
  if (!list) {
    list = [];
    for (let i = 0; i < spans.length; i++) if (isKind(spans[i]!)) list.push(i);
    kinds.lists.set(kind, list);
  }
  let end = list.length;
  if (kinds.byStart) {
    let lo = 0;
    while (lo < end) {
      const mid = (lo + end) >>> 1;
      if (spans[list[mid]!]!.start < before) lo = mid + 1;
      else end = mid;
    }
  }
  for (let k = end - 1; k >= 0; k--) {
    const s = spans[list[k]!]!;
    if (s.start < before && accept(s)) return s;
  }
  return undefined;
}
