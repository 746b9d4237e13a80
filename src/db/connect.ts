import neo4j, { type Driver } from 'neo4j-driver';
import { AppError } from '../errors/app-error.ts';
import { toAppError } from '../errors/to-app-error.ts';

export interface Connection {
  uri: string;
  user: string;
  password: string;
  database: string;
}

/**
 * A driver whose server has answered. Fails within `timeoutMs` with a message that names the URI,
 * so a wrong NEO4J_URI is a one-line error, not a hang or a stack dump.
 */
export async function connect(conn: Connection, timeoutMs: number): Promise<Driver> {
  const driver = neo4j.driver(conn.uri, neo4j.auth.basic(conn.user, conn.password), {
    connectionTimeout: Math.min(timeoutMs, 10_000),
    connectionAcquisitionTimeout: timeoutMs,
    // Database.transaction retries itself (transient errors yes, an unreachable server no)
    maxTransactionRetryTime: 0,
    userAgent: 'quotegraph/0.1',
    logging: { level: 'error', logger: () => {} },
  });
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  // A server that was just started (or restarted) can refuse for a moment; a closed port keeps refusing.
  while (Date.now() < deadline) {
    try {
      await driver.getServerInfo({ database: conn.database });
      return driver;
    } catch (err) {
      last = err;
      const mapped = toAppError(err);
      if ((err as { code?: string }).code === 'Neo.ClientError.Security.Unauthorized') break;
      if (mapped.code !== 'DATABASE_UNAVAILABLE') break;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
  await driver.close();
  const reason = (last as Error | undefined)?.message?.split('\n')[0] ?? 'no answer';
  throw new AppError(
    'DATABASE_UNAVAILABLE',
    `cannot reach Neo4j at ${conn.uri} (database "${conn.database}"): ${reason}`,
    {},
    { cause: last },
  );
}
