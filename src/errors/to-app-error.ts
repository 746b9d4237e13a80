import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { AppError } from './app-error.ts';
import { ConfigError } from '../config/config.ts';
import { InputError } from '../documents/input-error.ts';
import { AliasTableError } from '../extract/aliases/alias-table.ts';

/**
 * The one function that turns any thrown value into an AppError. Driver errors are mapped by
 * their Neo4j status code so callers never see raw driver messages.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof ConfigError || err instanceof AliasTableError) return new AppError('CONFIGURATION', err.message, {}, { cause: err });
  if (err instanceof InputError) return new AppError('BAD_USER_INPUT', err.message, { field: 'input', file: err.file }, { cause: err });
  if (err instanceof Neo4jError) return fromNeo4j(err);
  return new AppError('INTERNAL_SERVER_ERROR', 'internal error', {}, { cause: err });
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

function fromNeo4j(err: Neo4jError): AppError {
  const code = err.code;
  if (unavailableCodes.has(code) || (isRetryableError(err) && !code.startsWith('Neo.TransientError.Transaction'))) {
    return new AppError('DATABASE_UNAVAILABLE', 'the database is not available; try again shortly', { neo4j: code }, { cause: err });
  }
  if (code === 'Neo.ClientError.Transaction.TransactionTimedOut' || code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration') {
    return new AppError('QUERY_TIMEOUT', 'the query took too long and was stopped', { neo4j: code }, { cause: err });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new AppError('DATABASE_UNAVAILABLE', 'the database refused our credentials (check NEO4J_USER / NEO4J_PASSWORD)', { neo4j: code }, { cause: err });
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError('CONFLICT', 'a concurrent write created the same record; retry', { neo4j: code }, { cause: err });
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'internal error', { neo4j: code }, { cause: err });
}
