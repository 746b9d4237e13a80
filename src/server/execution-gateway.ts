import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import type { GraphQLSchema } from 'graphql';
import type { GraphQLContext } from '../graphql/context.ts';
import { receiveError } from './execution-errors.ts';
import type { ExecutionPool } from './execution-pool.ts';
import { execute, getVariableValues } from './graphql-runtime.ts';
import type { Metrics } from './metrics.ts';
import { fragmentsOf, runsOnHttpThread } from './operation-class.ts';

/**
 * Apollo Server's gateway interface, used for what it is: a replaceable executor. Apollo still
 * parses, validates and runs every plugin (access, limits, admission, the access log) on the HTTP
 * thread; only execution moves to the pool. Mutations and reads of this process's own state run
 * here as before (runsOnHttpThread). Variables are coerced here first, so a wrong variable is the
 * same 400 BAD_USER_INPUT it always was and costs no thread.
 */
type Gateway = ApolloServerOptionsWithGateway<GraphQLContext>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;

export function executionGateway(schema: GraphQLSchema, pool: ExecutionPool, metrics: Metrics): Gateway {
  const executor: Executor = async (rc) => {
    const context = rc.context as GraphQLContext;
    if (runsOnHttpThread(rc.operation, fragmentsOf(rc.document)))
      return execute({
        schema,
        document: rc.document,
        operationName: rc.operationName,
        variableValues: rc.request.variables,
        contextValue: context,
      });
    const coerced = getVariableValues(schema, rc.operation.variableDefinitions ?? [], rc.request.variables ?? {});
    if (coerced.errors) return { errors: coerced.errors };
    const answer = await pool.execute({
      query: rc.source,
      operationName: rc.operationName,
      variables: rc.request.variables,
      auth: context.auth,
      requestId: context.requestId,
      writeGeneration: context.db.writeGeneration,
    });
    for (const q of answer.queries) context.db.emit(q);
    for (const outcome of answer.influenceCache) metrics.influenceCache.inc({ outcome });
    return {
      ...(answer.data !== undefined ? { data: answer.data } : {}),
      ...(answer.errors ? { errors: answer.errors.map((e) => receiveError(e, rc.document)) } : {}),
    };
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    stop: () => pool.stop(),
  };
}
