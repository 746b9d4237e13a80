import type { DocumentNode, GraphQLError as GraphQLErrorType } from 'graphql';
import { AppError, type ErrorCode } from '../errors/app-error.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { GraphQLError } from './graphql-runtime.ts';

/**
 * An execution error as it crosses from an execution thread to the HTTP thread: what the HTTP
 * thread's formatError and observability plugin read of the error it replaces, and nothing else
 * (a driver error or a resolver's object cannot be cloned, and should not leave the thread anyway).
 */
export interface SentError {
  message: string;
  /** character offsets into the query, from which GraphQLError computes the locations */
  positions?: readonly number[];
  path?: readonly (string | number)[];
  /** the error's own extensions, e.g. a code a resolver set on a GraphQLError */
  extensions?: Record<string, unknown>;
  /** what the error means in our vocabulary, when the error is ours to classify (see sendError) */
  app?: { code: ErrorCode; message: string; details: Record<string, unknown>; cause?: SentCause };
}

interface SentCause {
  name: string;
  message: string;
  stack?: string;
}

/** Plain data only: details hold codes and field names; anything else is dropped, not cloned. */
function plain(value: Record<string, unknown>): Record<string, unknown> {
  try {
    return JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  } catch {
    return {};
  }
}

function causeOf(app: AppError): SentCause | undefined {
  const cause = app.cause instanceof Error ? app.cause : app;
  return { name: cause.name, message: cause.message, ...(cause.stack ? { stack: cause.stack } : {}) };
}

/**
 * On the execution thread. An error whose cause is one of ours, a driver error or any other thrown
 * value travels as the AppError toAppError makes of it (with the cause's message and stack for the
 * log); an error that carries its own code in extensions and is not an AppError (graphql-js's own
 * errors, a GraphQLError a resolver threw) travels as it is, so formatError decides the same way on
 * both threads.
 */
export function sendError(e: GraphQLErrorType): SentError {
  const sent: SentError = {
    message: e.message,
    ...(e.positions ? { positions: [...e.positions] } : {}),
    ...(e.path ? { path: [...e.path] } : {}),
  };
  const extensions = e.extensions && Object.keys(e.extensions).length ? plain(e.extensions) : undefined;
  if (extensions) sent.extensions = extensions;
  const original = e.originalError;
  if (!original || (!(original instanceof AppError) && typeof e.extensions?.code === 'string')) return sent;
  const app = toAppError(original);
  const cause = causeOf(app);
  sent.app = { code: app.code, message: app.message, details: plain(app.details), ...(cause ? { cause } : {}) };
  return sent;
}

/** On the HTTP thread: the GraphQLError Apollo formats and logs, located in the request's own query. */
export function receiveError(sent: SentError, document: DocumentNode): GraphQLErrorType {
  let original: AppError | undefined;
  if (sent.app) {
    const cause = sent.app.cause ? Object.assign(new Error(sent.app.cause.message), sent.app.cause) : undefined;
    original = new AppError(sent.app.code, sent.app.message, sent.app.details, cause ? { cause } : undefined);
  }
  return new GraphQLError(sent.message, {
    ...(document.loc && sent.positions ? { source: document.loc.source, positions: sent.positions } : {}),
    ...(sent.path ? { path: sent.path } : {}),
    ...(sent.extensions ? { extensions: sent.extensions } : {}),
    ...(original ? { originalError: original } : {}),
  });
}
