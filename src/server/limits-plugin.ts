import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { GraphQLError, Kind } from './graphql-runtime.ts';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from '../graphql/context.ts';
import { LISTED_CLUSTERS } from '../lineage/list-clusters.ts';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/**
 * How deep an introspection selection (`__schema`, `__type`) may nest. It is counted apart from
 * GRAPHQL_MAX_DEPTH because the standard queries are deeper than any ordinary one: GraphiQL's and
 * graphql-js's are 15 levels (a type reference spelled out as nine nested `ofType`), and a lower
 * GRAPHQL_MAX_DEPTH must not cost researchers the docs and autocompletion. Introspection reads the
 * in-memory schema, never Neo4j; what could blow it up is a loop through lists of types
 * (fields -> type -> fields ...), which graphql's MaxIntrospectionDepthRule (in its specified rules,
 * run by Apollo) refuses at three such lists. Five levels of room above the standard queries.
 */
export const MAX_INTROSPECTION_DEPTH = 20;

/** The root fields that introspect the schema; `__typename` is a leaf and counts as an ordinary field. */
const INTROSPECTION_ROOTS = new Set(['__schema', '__type']);

/** A list field whose size the client does not choose counts as this many items. */
export const UNBOUNDED_LIST_ITEMS = 5;

/**
 * Cost: each field 1, times `first` (its value after variables and defaults) for paged fields,
 * times UNBOUNDED_LIST_ITEMS for other lists (roles, sources: a handful each in practice). So
 * `timeline(first: 100) { edges { node { ... } } }` costs about 100 times its node selection.
 */
const pagedEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  const first = typeof args.first === 'number' ? args.first : null;
  if (first !== null) return 1 + Math.max(first, 1) * childComplexity;
  // a connection's edges are the page its parent's `first` already counted
  if (field.name === 'edges') return 1 + childComplexity;
  // By the printed type ("[SearchHit!]!"), not isListType: under vitest our sources and Apollo load
  // different copies of graphql (index.mjs / index.js), and graphql refuses types from the other copy.
  return String(field.type).startsWith('[') ? 1 + UNBOUNDED_LIST_ITEMS * childComplexity : undefined;
};

/**
 * A quote's cluster is computed when asked (src/lineage/cluster-of.ts: up to three rounds of candidate
 * reads and the facts of its variants): priced like a page of CLUSTER_READS rows; `clusters` lists up to
 * 50 of them.
 */
export const CLUSTER_READS = 25;
const clusterEstimator: ComplexityEstimator = ({ field, childComplexity }) => {
  if (field.name === 'cluster' || field.name === 'quoteCluster') return CLUSTER_READS + childComplexity;
  if (field.name === 'clusters') return 1 + LISTED_CLUSTERS * (CLUSTER_READS + childComplexity);
  return undefined;
};

/**
 * Introspection costs nothing here: the cost model prices rows read from Neo4j (pages times their
 * nested lists), and introspection reads none; priced as lists it would count 5 x 5 x 5 for types,
 * fields and args. Its bounds are MAX_INTROSPECTION_DEPTH, graphql's MaxIntrospectionDepthRule,
 * the token cap and the alias limit, which still counts its aliases.
 */
const introspectionEstimator: ComplexityEstimator = ({ field }) =>
  INTROSPECTION_ROOTS.has(field.name) ? 0 : undefined;

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: { status: 400 } } });
}

/**
 * Deepest field nesting of the ordinary fields, of the introspection fields (counted apart), and the
 * number of aliases of both, fragments followed (cycles are invalid and refused earlier).
 */
export function shape(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): { depth: number; introspectionDepth: number; aliases: number } {
  let aliases = 0;
  let introspectionDepth = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        const below = sel.selectionSet ? walk(sel.selectionSet, depth + 1, seen) : depth + 1;
        // __schema and __type exist on the root type only, so depth 0 is the only place to look
        if (depth === 0 && INTROSPECTION_ROOTS.has(sel.name.value))
          introspectionDepth = Math.max(introspectionDepth, below);
        else max = Math.max(max, below);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, walk(sel.selectionSet, depth, seen));
      } else {
        const f = fragments[sel.name.value];
        if (f && !seen.has(f.name.value))
          max = Math.max(max, walk(f.selectionSet, depth, new Set([...seen, f.name.value])));
      }
    }
    return max;
  };
  const depth = walk(operation.selectionSet, 0, new Set());
  return { depth, introspectionDepth, aliases };
}

/** how many variable sets' costs are kept per query text */
const COSTS_PER_DOCUMENT = 64;

/**
 * Depth, aliases and cost, checked after the operation is resolved so that the cost sees the
 * variables (graphql-query-complexity as a validation rule would see none and misjudge paging).
 */
export function limitsPlugin(limits: Limits): ApolloServerPlugin<GraphQLContext> {
  // Apollo keeps one parsed document per query text, so a repeated query brings the same nodes:
  // its shape, and its cost for the same variables, are computed once (the cost analysis walked the
  // whole document on every request: ~5% of the API's CPU under the bench's load)
  const shapes = new WeakMap<OperationDefinitionNode, ReturnType<typeof shape>>();
  const costs = new WeakMap<DocumentNode, Map<string, number>>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions
              .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
              .map((d) => [d.name.value, d]),
          );
          let known = shapes.get(operation);
          if (!known) {
            known = shape(operation, fragments);
            shapes.set(operation, known);
          }
          const { depth, introspectionDepth, aliases } = known;
          if (depth > limits.maxDepth)
            throw tooComplex(`the query is nested ${depth} levels deep; at most ${limits.maxDepth}`, {
              depth,
              maxDepth: limits.maxDepth,
            });
          if (introspectionDepth > MAX_INTROSPECTION_DEPTH) {
            throw tooComplex(
              `the introspection query is nested ${introspectionDepth} levels deep; at most ${MAX_INTROSPECTION_DEPTH}`,
              { introspectionDepth, maxIntrospectionDepth: MAX_INTROSPECTION_DEPTH },
            );
          }
          if (aliases > limits.maxAliases)
            throw tooComplex(`the query uses ${aliases} aliases; at most ${limits.maxAliases}`, {
              aliases,
              maxAliases: limits.maxAliases,
            });
          let byVariables = costs.get(document);
          if (!byVariables) {
            byVariables = new Map();
            costs.set(document, byVariables);
          }
          const costKey = `${request.operationName ?? ''}\u0000${JSON.stringify(request.variables ?? {})}`;
          let cost = byVariables.get(costKey);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                operationName: request.operationName ?? undefined,
                variables: request.variables ?? {},
                estimators: [
                  introspectionEstimator,
                  clusterEstimator,
                  pagedEstimator,
                  simpleEstimator({ defaultComplexity: 1 }),
                ],
              });
            } catch (err) {
              // variables that do not fit their types: the same answer execution would give
              if (err instanceof GraphQLError)
                throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
              throw err;
            }
            // a dashboard asks the same few queries with ever new variables: keep the latest ones
            if (byVariables.size >= COSTS_PER_DOCUMENT) byVariables.delete(byVariables.keys().next().value!);
            byVariables.set(costKey, cost);
          }
          if (cost > limits.maxCost)
            throw tooComplex(
              `the query would cost ${cost}; at most ${limits.maxCost} (ask for fewer items per page or ` +
                'fewer nested lists)',
              { cost, maxCost: limits.maxCost },
            );
        },
      };
    },
  };
}
