import type { Config } from '../config/config.ts';
import { AppError } from '../errors/app-error.ts';
import { keepServerRunning } from './local/keep-server-running.ts';
import { startLocalServer, type LocalServer } from './local/local-server.ts';
import type { Connection } from './connect.ts';

/** Where Neo4j is, and how to let go of it when we are done. */
export interface Located {
  connection: Connection;
  kind: 'configured' | 'container' | 'local';
  /** data directory of a local server, else null */
  dataDir: string | null;
  /** the Browser URL when one is served */
  browserUrl: string | null;
  /** true when this process started the server, so release() stops it */
  startedHere: boolean;
  /** stops what this process started; leaves alone what it found */
  release(): Promise<void>;
}

export interface LocateOptions {
  say: (line: string) => void;
  /** `quotegraph db start` keeps the server running after the CLI exits */
  detached?: boolean;
  /** `npm start`: start the local server again when the one this process started dies */
  restartOnCrash?: boolean;
  startedBy: string;
}

/**
 * The one decision about where Neo4j is, for `npm start` and the CLI: NEO4J_URI when set, else the
 * project's local server (found running, or started). The tests add a Docker step in between
 * (tests/global-setup.ts), because only they may throw a database away.
 */
export async function locateNeo4j(config: Config, opts: LocateOptions): Promise<Located> {
  if (config.neo4j.uri) {
    if (!config.neo4j.password) {
      throw new AppError(
        'CONFIGURATION',
        'NEO4J_URI is set but NEO4J_PASSWORD is not: set both (and NEO4J_USER if not "neo4j")',
      );
    }
    return {
      connection: {
        uri: config.neo4j.uri,
        user: config.neo4j.user,
        password: config.neo4j.password,
        database: config.neo4j.database,
      },
      kind: 'configured',
      dataDir: null,
      browserUrl: null,
      startedHere: false,
      release: async () => {},
    };
  }
  const options = {
    config,
    dataDir: config.local.dataDir,
    boltPort: config.local.boltPort,
    httpPort: config.local.httpPort,
    detached: opts.detached ?? false,
    startedBy: opts.startedBy,
    say: opts.say,
  };
  const server = await startLocalServer(options);
  if (!opts.restartOnCrash || !server.startedHere) return fromLocal(server, config.neo4j.database);
  // A restart uses the same ports and credentials, so the connection below stays valid.
  const kept = keepServerRunning(server, () => startLocalServer(options), opts.say);
  return { ...fromLocal(server, config.neo4j.database), release: () => kept.stop() };
}

export function fromLocal(server: LocalServer, database: string): Located {
  return {
    connection: { uri: server.uri, user: server.credentials.user, password: server.credentials.password, database },
    kind: 'local',
    dataDir: server.dataDir,
    browserUrl: server.httpPort ? `http://127.0.0.1:${server.httpPort}/browser/` : null,
    startedHere: server.startedHere,
    release: () => server.stop(),
  };
}
