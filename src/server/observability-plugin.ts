import type { ApolloServerPlugin } from '@apollo/server';
import type { OperationDefinitionNode } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { Kind } from './graphql-runtime.ts';
import { toAppError } from '../errors/to-app-error.ts';
import type { Logger } from 'pino';
import type { GraphQLContext } from '../graphql/context.ts';
import type { Metrics } from './metrics.ts';

/** The metric label of an operation: its kind and root fields (at most four), e.g. `query search,timeline`. */
export function operationLabel(operation: OperationDefinitionNode): string {
  const roots = operation.selectionSet.selections
    .map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'))
    .filter((v, i, a) => a.indexOf(v) === i)
    .sort();
  return `${operation.operation} ${roots.slice(0, 4).join(',')}${roots.length > 4 ? ',…' : ''}`;
}

/**
 * One log line and one histogram sample per GraphQL request, with the request id and the operation.
 * The metric label is built from the root fields (bounded by the schema), never from the
 * client-chosen operation name, which would let clients create unlimited time series.
 */
export function observabilityPlugin(logger: Logger, metrics: Metrics): ApolloServerPlugin<GraphQLContext> {
  return {
    async serverWillStart() {
      return {
        async serverWillStop() {
          metrics.close();
        },
      };
    },
    async requestDidStart({ contextValue, request }) {
      const started = performance.now();
      let label = 'unparsed';
      let operationName = request.operationName ?? null;
      return {
        async didResolveOperation({ operation }) {
          if (!operation) return;
          operationName = operation.name?.value ?? operationName;
          label = operationLabel(operation);
        },
        async didEncounterErrors({ errors }) {
          // what clients see as INTERNAL_SERVER_ERROR is logged here with its cause, once
          for (const e of errors) {
            const app = toAppError(unwrapResolverError(e.originalError ?? e));
            // An error that already carries a client code (GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT from
            // variable coercion, QUERY_TOO_COMPLEX) is the caller's, not ours: the access log has it.
            const clientCode = e.extensions?.code?.toString();
            if (app.code === 'INTERNAL_SERVER_ERROR' && (!clientCode || clientCode === 'INTERNAL_SERVER_ERROR')) {
              const cause = (app.cause ?? e.originalError ?? e) as Error;
              logger.error(
                {
                  reqId: contextValue.requestId,
                  operation: label,
                  path: e.path,
                  err: { message: cause.message, stack: cause.stack, neo4j: app.details.neo4j },
                },
                'internal error',
              );
            }
          }
        },
        async willSendResponse({ response, errors }) {
          const seconds = (performance.now() - started) / 1000;
          const codes = (errors ?? []).map((e) => String(e.extensions?.code ?? 'INTERNAL_SERVER_ERROR'));
          const outcome = codes.length ? 'error' : 'ok';
          metrics.requestSeconds.observe({ operation: label, outcome }, seconds);
          logger.info(
            {
              reqId: contextValue.requestId,
              operationName: operationName?.slice(0, 100) ?? null,
              operation: label,
              who: contextValue.auth?.kind === 'key' ? contextValue.auth.principal.name : contextValue.auth?.kind,
              ms: Math.round(seconds * 1000),
              status: response.http.status ?? 200,
              errors: codes.length ? codes : undefined,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
