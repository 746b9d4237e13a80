import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import type { AuthState } from '../auth/authenticate.ts';
import type { AdmissionQueue } from './admission-queue.ts';
import type { Metrics } from './metrics.ts';
import type { OperationClass } from './operation-class.ts';

/** What the front door needs to know of an operation that has run: its budget and its metric label. */
export interface KnownOperation {
  cls: OperationClass;
  label: string;
  /** the operation's own name, else the one the request gave (as the access log writes it) */
  operationName: string | null;
}

/** the longest query plus variables the front door keys on; a longer request always takes Apollo's path */
const MAX_KEY_CHARS = 16_384;
/** how many operations it remembers (the least recently used one goes first) */
const CAPACITY = 1000;
const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE_TYPE = 'application/graphql-response+json';

/** The caller as access control sees it: the same key, the same answer. */
export const callerOf = (auth: AuthState): string =>
  auth.kind === 'key' ? `key:${auth.principal.name}` : auth.kind === 'invalid' ? 'invalid' : 'anonymous';

/**
 * One request as the front door recognises it: caller, operation name, variables and query text.
 * Every check before admission (parsing, validation, access, depth, aliases, cost) depends on these
 * only, so a request equal to one that passed them all would pass them again. Null when it is too
 * long to key on or not a GraphQL request body at all.
 */
export function operationKey(
  caller: string,
  query: unknown,
  operationName: unknown,
  variables: unknown,
): string | null {
  if (typeof query !== 'string') return null;
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return null;
  const vars = variables === undefined || variables === null ? '' : JSON.stringify(variables);
  if (query.length + vars.length > MAX_KEY_CHARS) return null;
  return `${caller}\u0000${operationName ?? ''}\u0000${vars}\u0000${query}`;
}

/** Operations that got through every check and started executing, by operationKey; bounded. */
export class KnownOperations {
  private readonly known = new Map<string, KnownOperation>();

  remember(key: string, op: KnownOperation): void {
    this.known.delete(key);
    this.known.set(key, op);
    if (this.known.size > CAPACITY) this.known.delete(this.known.keys().next().value!);
  }

  get(key: string): KnownOperation | undefined {
    return this.known.get(key);
  }
}

export interface FrontDoorDeps {
  queues: Record<OperationClass, AdmissionQueue>;
  known: KnownOperations;
  metrics: Metrics;
  logger: Logger;
  authenticate(req: Request): AuthState;
  /** the same words the admission plugin's 503 uses */
  message(cls: OperationClass, waitMs: number, retryAfterS: number): string;
}

/**
 * Load shedding before Apollo: a POSTed request that equals one already run (operationKey) and whose
 * budget would refuse it at once gets the admission plugin's 503 here, with the same status,
 * Retry-After, body, metrics and log line, without a GraphQL context, plugins or an error object.
 * Under overload most requests are refused, and a refusal that costs a tenth of the work leaves the
 * event loop to the admitted requests (docs/benchmarks.md, "A front door for refusals"). Everything
 * else (new operations, GET, a slot or queue place free) goes on to Apollo unchanged.
 */
export function admissionFrontDoor(deps: FrontDoorDeps): RequestHandler {
  return (req, res, next) => {
    const body = req.body as Record<string, unknown> | undefined;
    if (req.method !== 'POST' || typeof body !== 'object' || body === null || Array.isArray(body)) return next();
    // while every budget has room (most of the time) a request costs this check and nothing else
    if (!Object.values(deps.queues).some((q) => q.refusesNow())) return next();
    const started = performance.now();
    const auth = deps.authenticate(req);
    const key = operationKey(callerOf(auth), body.query, body.operationName, body.variables);
    const op = key === null ? undefined : deps.known.get(key);
    if (!op) return next();
    // Apollo's choice among the same three (an unacceptable Accept header is Apollo's 406 to give)
    const type = req.accepts([JSON_TYPE, GRAPHQL_RESPONSE_TYPE, 'application/json; callbackSpec=1.0']);
    if (type !== JSON_TYPE && type !== GRAPHQL_RESPONSE_TYPE) return next();
    const queue = deps.queues[op.cls];
    if (!queue.refusesNow()) return next();
    const waitMs = queue.limits.waitMs;
    const retryAfterS = Math.max(1, Math.ceil(waitMs / 1000));
    deps.metrics.admission.inc({ class: op.cls, outcome: 'shed_full' });
    const json = `${JSON.stringify({
      errors: [{ message: deps.message(op.cls, waitMs, retryAfterS), extensions: { code: 'OVERLOADED' } }],
    })}\n`;
    res.status(503).set('retry-after', String(retryAfterS)).type(`${type}; charset=utf-8`).send(json);
    const seconds = (performance.now() - started) / 1000;
    deps.metrics.requestSeconds.observe({ operation: op.label, outcome: 'error' }, seconds);
    deps.logger.info(
      {
        reqId: req.headers['x-request-id'],
        operationName: op.operationName?.slice(0, 100) ?? null,
        operation: op.label,
        who: auth.kind === 'key' ? auth.principal.name : auth.kind,
        ms: Math.round(seconds * 1000),
        status: 503,
        errors: ['OVERLOADED'],
        refusedBy: 'front door',
      },
      'graphql request',
    );
  };
}
