import { UNHURRIED_ADMISSION } from '../support/test-api.ts';
import path from 'node:path';
import { Writable } from 'node:stream';
import { formatKeyLine, hashApiKey, newApiKey, type Role } from '../../src/auth/api-keys.ts';
import { loadConfig, projectRoot } from '../../src/config/config.ts';
import type { Database } from '../../src/db/database.ts';
import { loadMigrations } from '../../src/db/migrate.ts';
import { createLogger } from '../../src/server/logger.ts';
import type { AdmittedHook } from '../../src/server/admission-plugin.ts';
import { startApi, type RunningApi } from '../../src/server/start-api.ts';
import { connectionOf } from '../support/test-database.ts';
import { version } from '../../src/version.ts';

/** Fresh keys per test file, one per role, and the QUOTEGRAPH_API_KEYS value that admits them. */
export function testKeys(scope: string): { keys: Record<Role, string>; env: string } {
  const keys = { reader: newApiKey(), editor: newApiKey(), admin: newApiKey() };
  const env = (Object.entries(keys) as [Role, string][])
    .map(([role, key]) => formatKeyLine({ name: `${scope}-${role}`, role, sha256: hashApiKey(key) }))
    .join(',');
  return { keys, env };
}

export const bearer = (key: string) => ({ authorization: `Bearer ${key}` });

/**
 * The API with its log lines captured (JSON lines as strings), on a free loopback port;
 * `admittedHook` can hold admitted requests.
 */
export async function startCapturedApi(
  db: Database,
  env: Record<string, string> = {},
  admittedHook?: AdmittedHook,
): Promise<RunningApi & { logs: string[] }> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    QUOTEGRAPH_API_KEYS_FILE: '/nonexistent/keys.json',
    ...UNHURRIED_ADMISSION,
    ...env,
  });
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, cb) {
      logs.push(String(chunk));
      cb();
    },
  });
  const api = await startApi(
    config,
    db,
    await loadMigrations(path.join(projectRoot(), 'cypher', 'migrations')),
    version,
    {
      logger: createLogger(config, sink),
      ...(admittedHook ? { admittedHook } : {}),
      ...(connectionOf(db) ? { connection: connectionOf(db)! } : {}),
    },
  );
  return { ...api, logs };
}

export { gql, post } from '../support/test-api.ts';
