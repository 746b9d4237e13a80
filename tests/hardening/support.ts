import { createServer } from 'node:http';
import path from 'node:path';
import { Writable } from 'node:stream';
import { formatKeyLine, hashApiKey, newApiKey, type Role } from '../../src/auth/api-keys.ts';
import { loadConfig, projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { createApp } from '../../src/server/create-app.ts';
import { createLogger } from '../../src/server/logger.ts';
import type { RunningApi } from '../../src/server/start-api.ts';
import { version } from '../../src/version.ts';

/** Fresh keys per test file, one per role, and the QUOTEGRAPH_API_KEYS value that admits them. */
export function testKeys(scope: string): { keys: Record<Role, string>; env: string } {
  const keys = { reader: newApiKey(), editor: newApiKey(), admin: newApiKey() };
  const env = (Object.entries(keys) as [Role, string][]).map(([role, key]) => formatKeyLine({ name: `${scope}-${role}`, role, sha256: hashApiKey(key) })).join(',');
  return { keys, env };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/** The API with its log lines captured (JSON lines as strings), on a free loopback port. */
export async function startCapturedApi(db: Database, env: Record<string, string> = {}): Promise<RunningApi & { logs: string[] }> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', QUOTEGRAPH_API_KEYS_FILE: '/nonexistent/keys.json', ...env });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const server = createServer();
  const { app, apollo } = await createApp({
    config,
    db,
    migrations: await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations')),
    version,
    httpServer: server,
    logger: createLogger(config, sink),
  });
  server.on('request', app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  return { url: `http://127.0.0.1:${port}`, port, server, stop: () => apollo.stop(), logs };
}

export async function post(api: { url: string }, body: unknown, headers: Record<string, string> = {}) {
  const send = () =>
    fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  // A reused keep-alive socket the server closed a moment earlier resets once (a client race, not
  // an answer of the server): retry that, and only that, once.
  const res = await send().catch((err: { cause?: { code?: string } }) => {
    if (err?.cause?.code === 'ECONNRESET') return send();
    throw err;
  });
  const text = await res.text();
  let json: any = null;
  try {
    json = JSON.parse(text);
  } catch {
    // not JSON: the test decides whether that is a failure
  }
  return { status: res.status, headers: res.headers, text, body: json as { data?: any; errors?: { message: string; extensions?: Record<string, any> }[] } | null };
}

export const gql = (api: { url: string }, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  post(api, { query, variables }, headers);
