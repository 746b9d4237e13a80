import type { GraphQLResolveInfo, SelectionSetNode } from 'graphql';

/**
 * Whether the operation asks, under the field being resolved, for a field of one of these names:
 * directly (`deep` false: a field of the result itself) or at any depth (`deep` true). Inline
 * fragments and named fragments are followed, so a resolver can skip work nobody reads or fetch
 * nested data in the same statement.
 */
export function selects(info: GraphQLResolveInfo, names: readonly string[], deep = false): boolean {
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined): boolean =>
    !!set?.selections.some((s) => {
      if (s.kind === 'Field') return names.includes(s.name.value) || (deep && visit(s.selectionSet));
      if (s.kind === 'InlineFragment') return visit(s.selectionSet);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      return visit(info.fragments[s.name.value]?.selectionSet);
    });
  return info.fieldNodes.some((n) => visit(n.selectionSet));
}
