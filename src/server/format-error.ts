import type { GraphQLFormattedError } from 'graphql';
import { ApolloServerErrorCode, unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCodes, type ErrorCode } from '../errors/app-error.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { invalidArgumentName } from './invalid-argument.ts';

const apolloToOurs: Record<string, ErrorCode> = {
  [ApolloServerErrorCode.GRAPHQL_PARSE_FAILED]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.BAD_USER_INPUT]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.BAD_REQUEST]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_FOUND]: 'BAD_USER_INPUT',
  [ApolloServerErrorCode.PERSISTED_QUERY_NOT_SUPPORTED]: 'BAD_USER_INPUT',
};

/**
 * The one place errors are shaped for clients: every error leaves with a code from our closed set
 * in extensions.code, and never with a stack trace or driver message outside development.
 */
export function makeFormatError(development: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const apolloCode = formatted.extensions?.code;
    if (!(original instanceof AppError) && typeof apolloCode === 'string' && apolloCode in apolloToOurs) {
      const field = invalidArgumentName(original);
      return {
        message: formatted.message,
        locations: formatted.locations,
        extensions: { code: apolloToOurs[apolloCode], ...(field ? { field } : {}) },
      };
    }
    if (
      !(original instanceof AppError) &&
      typeof apolloCode === 'string' &&
      (ErrorCodes as readonly string[]).includes(apolloCode)
    ) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code: apolloCode },
      };
    }
    const e = toAppError(original);
    const extensions: Record<string, unknown> = { code: e.code };
    if (e.code === 'BAD_USER_INPUT' && typeof e.details.field === 'string') extensions.field = e.details.field;
    if (development) extensions.stacktrace = (e.cause as Error | undefined)?.stack?.split('\n') ?? e.stack?.split('\n');
    return { message: e.message, locations: formatted.locations, path: formatted.path, extensions };
  };
}
