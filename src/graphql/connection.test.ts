import { describe, expect, it } from 'vitest';
import { decodeCursor } from './args.ts';
import { connection } from './connection.ts';

const rows = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
const byId = (r: { id: string }) => ({ key: r.id, node: r.id.toUpperCase() });

describe('connection', () => {
  it('when one row more than the page was read, then the page has `first` edges and a next page', () => {
    const page = connection(rows, 2, false, byId);
    expect(page.edges.map((e) => e.node)).toEqual(['A', 'B']);
    expect(page.edges.map((e) => decodeCursor('after', e.cursor))).toEqual(['a', 'b']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect([page.pageInfo.startCursor, page.pageInfo.endCursor]).toEqual([
      page.edges[0]!.cursor,
      page.edges[1]!.cursor,
    ]);
  });

  it('when the rows fit the page and it came after a cursor, then there is no next page but a previous one', () => {
    expect(connection(rows, 3, true, byId).pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
  });

  it('when there are no rows, then there are no edges and both cursors are null', () => {
    expect(connection([], 5, false, byId)).toEqual({
      edges: [],
      pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null },
    });
  });
});
