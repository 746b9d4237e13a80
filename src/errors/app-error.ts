/**
 * The closed vocabulary of error codes. Every failure that reaches a client, the CLI or a log
 * line is one of these; see toAppError for how anything thrown becomes one.
 */
export const ErrorCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'DATABASE_UNAVAILABLE',
  'QUERY_TIMEOUT',
  'QUERY_TOO_COMPLEX',
  /** the query needed more memory than Neo4j lets one transaction (or all of them) use; ask for less */
  'QUERY_TOO_LARGE',
  /** the API is at its admission limit for this kind of request; retry after the Retry-After header */
  'OVERLOADED',
  'CONFLICT',
  'CONFIGURATION',
  'INTERNAL_SERVER_ERROR',
] as const;

export type ErrorCode = (typeof ErrorCodes)[number];

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/**
 * An error a lower layer (configuration, input reading, extraction) throws with its own meaning: it
 * names the code it becomes, so toAppError maps it without knowing the module it came from and
 * src/errors imports no domain module.
 */
export abstract class DomainError extends Error {
  abstract readonly errorCode: ErrorCode;
  /** what the AppError's details carry (never text of the input itself) */
  errorDetails(): Record<string, unknown> {
    return {};
  }
}

export const badInput = (field: string, reason: string) =>
  new AppError('BAD_USER_INPUT', `${field}: ${reason}`, { field });

export const notFound = (what: string, id: string) =>
  new AppError('NOT_FOUND', `${what} ${JSON.stringify(id)} not found`, { id });
