import type { GraphQLResolveInfo } from 'graphql';
import { notFound } from '../../errors/app-error.ts';
import { readTimeline } from '../../queries/timeline/read-timeline.ts';
import { dateArg, decodeCursor, encodeCursor, firstArg, idsArg, rangeArgs } from '../args.ts';
import type { QueryResolvers } from '../resolvers-types.generated.ts';

export const timeline: QueryResolvers['timeline'] = async (_root, args, ctx, info) => {
  const entityIds = idsArg('entityIds', args.entityIds);
  const { from, to } = rangeArgs(args.from, args.to);
  const asOf = dateArg('asOf', args.asOf);
  const first = firstArg(args.first, 50);
  const afterKey = decodeCursor('after', args.after);
  const result = await ctx.db.read((tx) => readTimeline(tx, {
    entityIds, from, to, kinds: args.kinds ?? null, asOf, afterKey, first, withUndated: selects(info, 'undated'),
    includeRetracted: args.includeRetracted ?? false,
  }), 'timeline');
  const missing = entityIds.find((id) => !result.found.includes(id));
  if (missing) throw notFound('entity', missing);
  const edges = result.page.slice(0, first).map((p) => ({ cursor: encodeCursor(p.key), node: p.fact }));
  return {
    edges,
    totalCount: result.total,
    undated: result.undated,
    pageInfo: { hasNextPage: result.page.length > first, hasPreviousPage: afterKey !== null, startCursor: edges[0]?.cursor ?? null, endCursor: edges.at(-1)?.cursor ?? null },
  };
};

/** Whether the operation asks for a field of the result (so the statement skips work nobody reads). */
function selects(info: GraphQLResolveInfo, field: string): boolean {
  const seen = new Set<string>();
  const visit = (set: { selections: readonly any[] } | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return s.name.value === field;
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      if (s.kind === 'FragmentSpread' && !seen.has(s.name.value)) {
        seen.add(s.name.value);
        return visit(info.fragments[s.name.value]?.selectionSet);
      }
      return false;
    });
  return info.fieldNodes.some((n) => visit(n.selectionSet));
}
