import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type RequestHandler, type Response } from 'express';
import { dashboardDir } from './build-dashboard.ts';

// The page may talk to this server only: no CDN, no fonts, no beacons (and a stray one shows up as
// a CSP error in the console, which the e2e tests fail on). Inline styles: cytoscape and the SVG
// charts set style attributes.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function secure(res: Response): void {
  res.setHeader('content-security-policy', CSP);
  res.setHeader('x-content-type-options', 'nosniff');
  res.setHeader('referrer-policy', 'no-referrer');
}

/** The dashboard's static files at /, built by `npm run build:web` (npm start builds it when stale). */
export function serveDashboard(root: string): RequestHandler[] {
  const dir = dashboardDir(root);
  const files = express.static(dir, {
    index: 'index.html',
    dotfiles: 'ignore',
    setHeaders: (res, file) => {
      secure(res);
      // hashed bundle names never change content; the page itself must be revalidated
      res.setHeader(
        'cache-control',
        file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
      );
    },
  });
  const notBuilt: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' || req.path !== '/' || existsSync(path.join(dir, 'index.html'))) return next();
    secure(res);
    res
      .status(503)
      .type('html')
      .send(
        '<!doctype html><meta charset="utf-8"><title>quotegraph</title><p>The dashboard is not built. Run ' +
          '<code>npm run build:web</code> (or <code>npm start</code>, which builds it), then reload. The API ' +
          'is at <a href="/graphql">/graphql</a>.</p>',
      );
  };
  return [files, notBuilt];
}
