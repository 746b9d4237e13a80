import type { RequestHandler } from 'express';
import { type AuthState, requireRole } from '../auth/authenticate.ts';
import type { Database } from '../db/database.ts';
import { AppError, badInput, type ErrorCode } from '../errors/app-error.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { EXPORT_FILES, exportRun, isExportFileName } from '../export/export-files.ts';
import { exportRequest } from '../export/export-request.ts';
import { JSONLD_CONTEXT } from '../export/jsonld-context.ts';

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
 * GET /export/<file>?from&to&asOf&entity&depth: a file as `quotegraph export` writes it (docs/export.md):
 * quotes.ndjson, graph.graphml, graph.jsonld, nodes.csv, edges.csv, quotes.csv; and GET
 * /export/context.jsonld, the JSON-LD context. Streamed, with the API's keys (a reader's key when reads
 * need one). Refusals come before the first byte, as JSON with the API's error codes; a failure after it
 * ends the stream: NDJSON with one last line {"error": {code, message}}; any other file by breaking the
 * connection, so that a client sees a failed download rather than a complete-looking short table.
 */
export function exportRoute(
  db: Database,
  authenticate: (req: Parameters<RequestHandler>[0]) => AuthState,
  readsRequireKey: boolean,
): RequestHandler {
  let running = 0;
  return async (req, res) => {
    let started = false;
    let admitted = false;
    const name = String(req.params.file ?? '');
    try {
      const auth = authenticate(req);
      if (auth.kind === 'invalid' || readsRequireKey) requireRole(auth, 'reader');
      if (name === 'context.jsonld') {
        res.status(200).type('application/ld+json').json({ '@context': JSONLD_CONTEXT });
        return;
      }
      if (!isExportFileName(name))
        throw new AppError('NOT_FOUND', `no export ${name}: ask for one of ${Object.keys(EXPORT_FILES).join(', ')}`);
      const param = (key: string) => {
        const v = req.query[key];
        if (v === undefined) return null;
        if (typeof v !== 'string') throw badInput(key, 'give it once');
        return v;
      };
      const request = await exportRequest(
        db,
        { from: param('from'), to: param('to'), asOf: param('asOf'), entity: param('entity'), depth: param('depth') },
        (key) => key,
      );
      if (running >= AT_ONCE) {
        res.setHeader('Retry-After', '10');
        throw new AppError('OVERLOADED', `${AT_ONCE} exports are running: try again in a few seconds`);
      }
      running++;
      admitted = true;
      const file = EXPORT_FILES[name];
      res.status(200).type(file.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${name}"`);
      for await (const chunk of file.write(exportRun(db, request))) {
        started = true;
        if (req.destroyed) return;
        if (!res.write(chunk)) await new Promise((resolve) => res.once('drain', resolve));
      }
      res.end();
    } catch (err) {
      const e = toAppError(err);
      const error = { code: e.code, message: e.message, ...(e.details.field ? { field: e.details.field } : {}) };
      if (started || res.headersSent) {
        if (name.endsWith('.ndjson')) res.end(`${JSON.stringify({ error })}\n`);
        else res.destroy();
      } else res.status(STATUS[e.code] ?? 500).json({ error });
    } finally {
      if (admitted) running--;
    }
  };
}
