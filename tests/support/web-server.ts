import { createServer, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a route answers; `delayMs` holds the answer back (for timeouts). */
export interface WebAnswer {
  status?: number;
  headers?: Record<string, string>;
  body?: string | Buffer;
  delayMs?: number;
}

export interface LoggedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** when it arrived (Date.now()) */
  at: number;
}

export interface TestWebServer {
  /** http://127.0.0.1:PORT */
  url: string;
  /** every request received, in order, with its time: the log politeness is checked against */
  requests: LoggedRequest[];
  /** sets (or replaces) what a path answers */
  route(path: string, answer: WebAnswer | ((req: IncomingMessage) => WebAnswer)): void;
  /** the requests for one path */
  requestsFor(path: string): LoggedRequest[];
  close(): Promise<void>;
}

/**
 * A local HTTP server for tests that fetch pages and feeds: 127.0.0.1 on a free port, routes set by the
 * test, every request logged. An unknown path answers 404.
 */
export async function startWebServer(): Promise<TestWebServer> {
  const routes = new Map<string, WebAnswer | ((req: IncomingMessage) => WebAnswer)>();
  const requests: LoggedRequest[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push({ method: req.method ?? 'GET', path, headers: req.headers, at: Date.now() });
    const route = routes.get(path);
    const answer: WebAnswer = route === undefined ? { status: 404 } : typeof route === 'function' ? route(req) : route;
    const send = () => {
      if (res.destroyed) return;
      res.writeHead(answer.status ?? 200, answer.headers ?? {});
      res.end(answer.body ?? '');
    };
    if (answer.delayMs) setTimeout(send, answer.delayMs).unref();
    else send();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    route: (path, answer) => void routes.set(path, answer),
    requestsFor: (path) => requests.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
