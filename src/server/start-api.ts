import { createServer, type Server } from 'node:http';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { Migration } from '../db/migrate.ts';
import { createApp } from './create-app.ts';
import type { Connection } from '../db/connect.ts';
import type { Logger } from 'pino';
import type { AdmittedHook } from './admission-plugin.ts';

export interface RunningApi {
  url: string;
  port: number;
  server: Server;
  /** stops accepting, lets in-flight requests finish, then resolves */
  stop(): Promise<void>;
}

export interface StartApiOptions {
  /** replaces the default logger (stdout), e.g. to capture the log lines */
  logger?: Logger;
  /** tests only: holds admitted requests before they execute */
  admittedHook?: AdmittedHook;
  /**
   * where `db` connects: with it, operations run on config.executionThreads threads of their own
   * (src/server/execution-pool.ts); without it (a Database a test or the bench built around its
   * own driver) they run on the HTTP thread
   */
  connection?: Connection;
}

export async function startApi(
  config: Config,
  db: Database,
  migrations: Migration[],
  version: string,
  options: StartApiOptions = {},
): Promise<RunningApi> {
  const server = createServer();
  const { app, apollo } = await createApp({ config, db, migrations, version, httpServer: server, ...options });
  server.on('request', app);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.http.port, config.http.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.http.port;
  return {
    url: `http://${config.http.host}:${port}`,
    port,
    server,
    // Apollo's drain plugin closes the HTTP server and waits for in-flight requests.
    stop: () => apollo.stop(),
  };
}
