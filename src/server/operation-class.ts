import type { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import type { Config } from '../config/config.ts';
import type { QueryResolvers } from '../graphql/resolvers-types.generated.ts';
import { Kind } from './graphql-runtime.ts';

/** The admission budgets: each class has its own slots and queue (src/server/admission-plugin.ts). */
export type OperationClass = keyof Config['admission'];

/**
 * Which budget each root query field draws on. Typed on the generated resolver map, so a new root
 * field does not compile until it is placed here. Lookups read a handful of rows by id (and
 * introspection reads no database at all); pages read a bounded page of an index; analytics project
 * or expand a part of the graph and can take seconds.
 */
const QUERY_FIELD_CLASS: Record<keyof Required<QueryResolvers>, OperationClass> = {
  serverInfo: 'lookup',
  node: 'lookup',
  entity: 'lookup',
  document: 'lookup',
  search: 'page',
  quotes: 'page',
  timeline: 'page',
  activity: 'page',
  coMentions: 'page',
  auditLog: 'page',
  reextractJob: 'lookup',
  influence: 'analytics',
  connections: 'analytics',
};

const RANK: Record<OperationClass, number> = { lookup: 0, page: 1, analytics: 2, write: 3 };

function fieldClass(name: string): OperationClass {
  if (name === '__schema' || name === '__type' || name === '__typename') return 'lookup';
  // not reachable for a validated operation; a field the map does not know counts as a page
  return (QUERY_FIELD_CLASS as Record<string, OperationClass | undefined>)[name] ?? 'page';
}

/**
 * The class of an operation: any mutation is a write; a query is the costliest class among its root
 * fields (root fragments followed), so `{ entity timeline influence }` waits for an analytics slot.
 */
export function operationClass(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): OperationClass {
  if (operation.operation !== 'query') return 'write';
  let worst: OperationClass = 'lookup';
  const walk = (set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const c = fieldClass(sel.name.value);
        if (RANK[c] > RANK[worst]) worst = c;
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, seen);
      } else {
        const f = fragments[sel.name.value];
        if (f && !seen.has(f.name.value)) walk(f.selectionSet, new Set([...seen, f.name.value]));
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return worst;
}
