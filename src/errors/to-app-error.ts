import { isRetryableError, Neo4jError } from 'neo4j-driver';
import { AppError, DomainError } from './app-error.ts';

/**
 * The one function that turns any thrown value into an AppError. Driver errors are mapped by
 * their Neo4j status code so callers never see raw driver messages.
 */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof DomainError) return new AppError(err.errorCode, err.message, err.errorDetails(), { cause: err });
  if (err instanceof Neo4jError) return fromNeo4j(err);
  return new AppError('INTERNAL_SERVER_ERROR', 'internal error', {}, { cause: err });
}

const unavailableCodes = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/**
 * Neo4j stops a transaction over db.memory.transaction.max (one query) or
 * dbms.memory.transaction.total.max (all running ones) with this code, which it classifies as
 * transient. It is not retried: the same query needs the same memory again.
 */
const MEMORY_LIMIT_CODE = 'Neo.TransientError.General.MemoryPoolOutOfMemoryError';

export function isMemoryLimitError(err: unknown): boolean {
  return (err as { code?: string } | null)?.code === MEMORY_LIMIT_CODE;
}

function fromNeo4j(err: Neo4jError): AppError {
  const code = err.code;
  if (code === MEMORY_LIMIT_CODE) {
    const alone = /db\.memory\.transaction\.max\b/.test(err.message);
    return new AppError(
      'QUERY_TOO_LARGE',
      alone
        ? 'the query needed more memory than the database allows one query; ask for less: a smaller page ' +
            '(first), a shorter date range, fewer entities'
        : 'the queries running now need more memory than the database allows them together; try again ' +
            'shortly, or ask for less',
      { neo4j: code, limit: alone ? 'transaction' : 'total' },
      { cause: err },
    );
  }
  if (unavailableCodes.has(code) || (isRetryableError(err) && !code.startsWith('Neo.TransientError.Transaction'))) {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'the database is not available; try again shortly',
      { neo4j: code },
      { cause: err },
    );
  }
  if (
    code === 'Neo.ClientError.Transaction.TransactionTimedOut' ||
    code === 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration'
  ) {
    return new AppError('QUERY_TIMEOUT', 'the query took too long and was stopped', { neo4j: code }, { cause: err });
  }
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new AppError(
      'DATABASE_UNAVAILABLE',
      'the database refused our credentials (check NEO4J_USER / NEO4J_PASSWORD)',
      { neo4j: code },
      { cause: err },
    );
  }
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return new AppError(
      'CONFLICT',
      'a concurrent write created the same record; retry',
      { neo4j: code },
      { cause: err },
    );
  }
  return new AppError('INTERNAL_SERVER_ERROR', 'internal error', { neo4j: code }, { cause: err });
}
