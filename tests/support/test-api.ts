import path from 'node:path';
import { loadConfig, projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { startApi, type RunningApi } from '../../src/server/start-api.ts';
import { version } from '../../src/version.ts';

/** The real HTTP server on a free loopback port, on the given database. */
export async function startTestApi(db: Database, env: Record<string, string> = {}): Promise<RunningApi> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env });
  return startApi(config, db, await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations')), version);
}

export async function graphql(api: RunningApi, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  const res = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { message: string; extensions?: Record<string, unknown> }[] } };
}
