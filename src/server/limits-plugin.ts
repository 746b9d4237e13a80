import type { ApolloServerPlugin } from '@apollo/server';
import type { FragmentDefinitionNode, OperationDefinitionNode, SelectionSetNode } from 'graphql';
import { GraphQLError, Kind } from './graphql-runtime.ts';
import { getComplexity, simpleEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import type { GraphQLContext } from '../graphql/context.ts';

export interface Limits {
  maxDepth: number;
  maxAliases: number;
  maxCost: number;
}

/** A list field whose size the client does not choose counts as this many items. */
export const UNBOUNDED_LIST_ITEMS = 5;

/**
 * Cost: each field 1, times `first` (its value after variables and defaults) for paged fields,
 * times UNBOUNDED_LIST_ITEMS for other lists (roles, sources: a handful each in practice). So `timeline(first: 100) { edges { node { ... } } }`
 * costs about 100 times its node selection.
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

function tooComplex(message: string, details: Record<string, number>): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', ...details, http: { status: 400 } } });
}

/** Deepest field nesting and number of aliases of an operation, fragments followed (cycles are invalid and refused earlier). */
export function shape(operation: OperationDefinitionNode, fragments: Record<string, FragmentDefinitionNode>): { depth: number; aliases: number } {
  let aliases = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    let max = depth;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.alias) aliases++;
        if (sel.selectionSet) max = Math.max(max, walk(sel.selectionSet, depth + 1, seen));
        else max = Math.max(max, depth + 1);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, walk(sel.selectionSet, depth, seen));
      } else {
        const f = fragments[sel.name.value];
        if (f && !seen.has(f.name.value)) max = Math.max(max, walk(f.selectionSet, depth, new Set([...seen, f.name.value])));
      }
    }
    return max;
  };
  const depth = walk(operation.selectionSet, 0, new Set());
  return { depth, aliases };
}

/**
 * Depth, aliases and cost, checked after the operation is resolved so that the cost sees the
 * variables (graphql-query-complexity as a validation rule would see none and misjudge paging).
 */
export function limitsPlugin(limits: Limits): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, schema }) {
          if (!operation) return;
          const fragments = Object.fromEntries(
            document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]),
          );
          const { depth, aliases } = shape(operation, fragments);
          if (depth > limits.maxDepth) throw tooComplex(`the query is nested ${depth} levels deep; at most ${limits.maxDepth}`, { depth, maxDepth: limits.maxDepth });
          if (aliases > limits.maxAliases) throw tooComplex(`the query uses ${aliases} aliases; at most ${limits.maxAliases}`, { aliases, maxAliases: limits.maxAliases });
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              operationName: request.operationName ?? undefined,
              variables: request.variables ?? {},
              estimators: [pagedEstimator, simpleEstimator({ defaultComplexity: 1 })],
            });
          } catch (err) {
            // variables that do not fit their types: the same answer execution would give
            if (err instanceof GraphQLError) throw new GraphQLError(err.message, { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
            throw err;
          }
          if (cost > limits.maxCost) throw tooComplex(`the query would cost ${cost}; at most ${limits.maxCost} (ask for fewer items per page or fewer nested lists)`, { cost, maxCost: limits.maxCost });
        },
      };
    },
  };
}
