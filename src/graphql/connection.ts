import type { PageInfo } from '../model/index.ts';
import { encodeCursor } from './args.ts';

/**
 * A Relay page from rows read one past the page size (so whether a next page exists is known without
 * a count): the first `first` rows become edges with opaque cursors; `after` says whether the page
 * was asked for after a cursor.
 */
export function connection<R, N>(
  rows: readonly R[],
  first: number,
  after: boolean,
  edge: (row: R) => { key: string; node: N },
): { edges: { cursor: string; node: N }[]; pageInfo: PageInfo } {
  const edges = rows.slice(0, first).map((row) => {
    const { key, node } = edge(row);
    return { cursor: encodeCursor(key), node };
  });
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > first,
      hasPreviousPage: after,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
