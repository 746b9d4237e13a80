import type { RequestHandler } from 'express';
import { type AuthState, requireRole } from '../auth/authenticate.ts';
import type { Database } from '../db/database.ts';
import { AppError, badInput, type ErrorCode } from '../errors/app-error.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { exportFilter, quotesNdjson } from '../export/quotes-ndjson.ts';

/** downloads are long reads: this many at once, and a further one is refused at once (503) */
const AT_ONCE = 2;

const STATUS: Partial<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  OVERLOADED: 503,
  DATABASE_UNAVAILABLE: 503,
};

/**
 * GET /export/quotes.ndjson?from&to&asOf&entity: the quotes as `quotegraph export --format ndjson` writes
 * them (docs/export.md), streamed, with the API's keys (a reader's key when reads need one). Refusals come
 * before the first line, as JSON with the API's error codes; a failure after it ends the stream with one
 * last line {"error": {code, message}}.
 */
export function exportQuotesRoute(
  db: Database,
  authenticate: (req: Parameters<RequestHandler>[0]) => AuthState,
  readsRequireKey: boolean,
): RequestHandler {
  let running = 0;
  return async (req, res) => {
    let started = false;
    let admitted = false;
    try {
      const auth = authenticate(req);
      if (auth.kind === 'invalid' || readsRequireKey) requireRole(auth, 'reader');
      const param = (name: string) => {
        const v = req.query[name];
        if (v === undefined) return null;
        if (typeof v !== 'string') throw badInput(name, 'give it once');
        return v;
      };
      const filter = await exportFilter(
        db,
        { from: param('from'), to: param('to'), asOf: param('asOf'), entity: param('entity') },
        (name) => name,
      );
      if (running >= AT_ONCE) {
        res.setHeader('Retry-After', '10');
        throw new AppError('OVERLOADED', `${AT_ONCE} exports are running: try again in a few seconds`);
      }
      running++;
      admitted = true;
      res.status(200).type('application/x-ndjson');
      res.setHeader('Content-Disposition', 'attachment; filename="quotes.ndjson"');
      for await (const line of quotesNdjson(db, filter)) {
        started = true;
        if (req.destroyed) return;
        if (!res.write(line)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    } catch (err) {
      const e = toAppError(err);
      const error = { code: e.code, message: e.message, ...(e.details.field ? { field: e.details.field } : {}) };
      if (started || res.headersSent) res.end(`${JSON.stringify({ error })}\n`);
      else res.status(STATUS[e.code] ?? 500).json({ error });
    } finally {
      if (admitted) running--;
    }
  };
}
