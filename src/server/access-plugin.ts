import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from './graphql-runtime.ts';
import { requireRole } from '../auth/authenticate.ts';
import { AppError } from '../errors/app-error.ts';
import type { GraphQLContext } from '../graphql/context.ts';

/** An AppError as a request-level GraphQL error with the HTTP status clients and proxies expect. */
export function requestError(e: AppError): GraphQLError {
  const status = e.code === 'UNAUTHENTICATED' ? 401 : e.code === 'FORBIDDEN' ? 403 : 400;
  return new GraphQLError(e.message, { extensions: { code: e.code, http: { status } } });
}

/**
 * Access, decided once the operation is known and before anything executes: an unknown key is
 * refused outright; mutations need an editor; queries need a reader when reads are key-only.
 * Resolvers of mutations and of auditLog check their role again (defence in depth).
 */
export function accessPlugin(readsRequireKey: boolean): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue }) {
          if (!operation) return;
          try {
            const { auth } = contextValue;
            if (auth.kind === 'invalid') requireRole(auth, 'reader');
            if (operation.operation === 'mutation') requireRole(auth, 'editor');
            else if (readsRequireKey) requireRole(auth, 'reader');
          } catch (err) {
            if (err instanceof AppError) throw requestError(err);
            throw err;
          }
        },
      };
    },
  };
}
