import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
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
  nodes: 'lookup',
  entities: 'page',
  document: 'lookup',
  documents: 'page',
  search: 'page',
  quotes: 'page',
  timeline: 'page',
  activity: 'page',
  coMentions: 'page',
  conflicts: 'page',
  identityJudgements: 'lookup',
  auditLog: 'page',
  reextractJob: 'lookup',
  wikidataCandidates: 'page',
  quoteCluster: 'page',
  clusters: 'analytics',
  influence: 'analytics',
  connections: 'analytics',
};

const RANK: Record<OperationClass, number> = { lookup: 0, page: 1, analytics: 2, write: 3 };

function fieldClass(name: string): OperationClass {
  if (name === '__schema' || name === '__type' || name === '__typename') return 'lookup';
  // not reachable for a validated operation; a field the map does not know counts as a page
  return (QUERY_FIELD_CLASS as Record<string, OperationClass | undefined>)[name] ?? 'page';
}

/** A document's fragments by name, for the walks below. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  return Object.fromEntries(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
}

/** The names of an operation's root fields, root fragments followed. */
function rootFields(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): Set<string> {
  const names = new Set<string>();
  const walk = (set: SelectionSetNode, seen: ReadonlySet<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        names.add(sel.name.value);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        walk(sel.selectionSet, seen);
      } else {
        const f = fragments[sel.name.value];
        if (f && !seen.has(f.name.value)) walk(f.selectionSet, new Set([...seen, f.name.value]));
      }
    }
  };
  walk(operation.selectionSet, new Set());
  return names;
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
  for (const name of rootFields(operation, fragments)) {
    const c = fieldClass(name);
    if (RANK[c] > RANK[worst]) worst = c;
  }
  // a page that asks each of its quotes for its cluster computes up to a page of clusters (docs/lineage.md)
  if (RANK[worst] < RANK.analytics && selectsNested(operation, fragments, NESTED_ANALYTICS)) return 'analytics';
  return worst;
}

/** Fields below the root whose answers are computed per row like an analytics read. */
const NESTED_ANALYTICS: ReadonlySet<string> = new Set(['cluster']);

/** Whether a field of `names` is selected anywhere below the operation's root fields (fragments followed). */
function selectsNested(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  names: ReadonlySet<string>,
): boolean {
  const walk = (set: SelectionSetNode, depth: number, seen: ReadonlySet<string>): boolean =>
    set.selections.some((sel) => {
      if (sel.kind === Kind.FIELD)
        return (
          (depth > 0 && names.has(sel.name.value)) || (!!sel.selectionSet && walk(sel.selectionSet, depth + 1, seen))
        );
      if (sel.kind === Kind.INLINE_FRAGMENT) return walk(sel.selectionSet, depth, seen);
      const f = fragments[sel.name.value];
      return !!f && !seen.has(f.name.value) && walk(f.selectionSet, depth, new Set([...seen, f.name.value]));
    });
  return walk(operation.selectionSet, 0, new Set());
}

/** Root query fields that read state held by the HTTP thread's process, not the database. */
const PROCESS_STATE_FIELDS: ReadonlySet<keyof QueryResolvers> = new Set(['reextractJob']);

/**
 * Whether an operation runs on the HTTP thread even when there are execution threads
 * (src/server/execution-pool.ts): mutations, which start re-extraction jobs and count the writes
 * that drop cached influence answers there, and queries of the jobs they started.
 */
export function runsOnHttpThread(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): boolean {
  if (operation.operation !== 'query') return true;
  for (const name of rootFields(operation, fragments))
    if (PROCESS_STATE_FIELDS.has(name as keyof QueryResolvers)) return true;
  return false;
}
