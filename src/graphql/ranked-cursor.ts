import { badInput } from '../errors/app-error.ts';
import { decodeCursor, encodeCursor } from './args.ts';

// Cursors for ranked lists (search hits, co-mentions, influence): a list ordered by a score has no key to
// continue after, so a cursor names a place in the ranking. The next page is the same question asked for
// `first` more after that place; the ranking is computed again, so a graph that changed in between can
// shift a hit across the boundary (the API says so in the schema).

/** how deep a ranked list can be paged: the ranking is computed for the whole depth each time */
export const RANKED_DEPTH = 1000;

/** The number of items before the page a ranked list's `after` names (0 without one). */
export function rankedOffset(list: string, after: string | null | undefined, first: number): number {
  const key = decodeCursor('after', after);
  if (key === null) return 0;
  let parsed: unknown;
  try {
    parsed = JSON.parse(key);
  } catch {
    // not ours
  }
  if (!Array.isArray(parsed) || parsed[0] !== list || !Number.isInteger(parsed[1]) || (parsed[1] as number) < 1)
    throw badInput('after', `not a cursor of ${list}`);
  const offset = parsed[1] as number;
  if (offset + first > RANKED_DEPTH)
    throw badInput('after', `${list} pages reach the ${RANKED_DEPTH}th item at most: narrow the question`);
  return offset;
}

/** The page of a ranking read to `offset + first`, each item with the cursor of its place. */
export function rankedPage<T extends object>(list: string, ranked: readonly T[], offset: number) {
  return ranked
    .slice(offset)
    .map((item, i) => ({ ...item, cursor: encodeCursor(JSON.stringify([list, offset + i + 1])) }));
}
