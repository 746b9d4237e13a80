import { randomUUID } from 'node:crypto';
import type { ErrorRequestHandler, RequestHandler } from 'express';

const requestIdPattern = /^[A-Za-z0-9._:-]{1,100}$/;

/**
 * Every request gets an id: the caller's X-Request-Id when it is a sane token (it ends up in logs,
 * so no newlines or megabytes), else a new uuid; echoed in the response.
 */
export const requestId: RequestHandler = (req, res, next) => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && requestIdPattern.test(given) ? given : randomUUID();
  req.headers['x-request-id'] = id;
  res.setHeader('x-request-id', id);
  next();
};

/**
 * CORS for an allow-list of origins: a listed origin gets the Access-Control headers, any other
 * gets none (the browser then blocks the response). No wildcard, no credentials.
 */
export function corsAllowList(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin) res.vary('Origin');
    const ok = typeof origin === 'string' && allowed.has(origin);
    if (ok) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('access-control-expose-headers', 'x-request-id');
    }
    if (req.method === 'OPTIONS' && req.headers['access-control-request-method']) {
      if (!ok) {
        res.status(403).end();
        return;
      }
      res.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
      res.setHeader(
        'access-control-allow-headers',
        'content-type, authorization, apollo-require-preflight, x-apollo-operation-name, x-request-id',
      );
      res.setHeader('access-control-max-age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}

/**
 * Body-parser failures (too large, not JSON) answered like GraphQL errors instead of Express's HTML
 * page, with the status graphql-over-http asks for.
 */
export const bodyErrors: ErrorRequestHandler = (err, _req, res, next) => {
  const e = err as { type?: string; status?: number; limit?: number };
  if (e?.type === 'entity.too.large') {
    res.status(413).json({
      errors: [{ message: `the request body is larger than ${e.limit} bytes`, extensions: { code: 'BAD_USER_INPUT' } }],
    });
    return;
  }
  if (
    e?.type === 'entity.parse.failed' ||
    e?.type === 'encoding.unsupported' ||
    e?.type === 'charset.unsupported' ||
    e?.status === 400
  ) {
    res
      .status(400)
      .json({ errors: [{ message: 'the request body is not valid JSON', extensions: { code: 'BAD_USER_INPUT' } }] });
    return;
  }
  next(err);
};
