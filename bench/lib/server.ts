// The bench's own Neo4j: the project's local server (src/db/local) in a throw-away data directory on
// free ports, with heap and page cache from NEO4J_HEAP / NEO4J_PAGECACHE (bench defaults 2g / 2g),
// migrations applied and every Cypher file EXPLAIN-checked, as at API start-up.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config/config.ts';
import type { Connection } from '../../src/db/connect.ts';
import type { Database } from '../../src/db/database.ts';
import { freePort } from '../../src/db/local/port-is-free.ts';
import { startLocalServer } from '../../src/db/local/local-server.ts';
import { fromLocal } from '../../src/db/locate.ts';
import { openDatabase } from '../../src/db/open-database.ts';
import type { Migration } from '../../src/db/migrate.ts';

export interface BenchServer {
  config: Config;
  connection: Connection;
  db: Database;
  migrationFiles: Migration[];
  dataDir: string;
  heap: string;
  pageCache: string;
  pid: number;
  stop(): Promise<void>;
}

export async function startBenchServer(say: (line: string) => void): Promise<BenchServer> {
  const env = {
    ...process.env,
    NEO4J_HEAP: process.env.NEO4J_HEAP || '2g',
    NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE || '2g',
    NEO4J_URI: undefined,
    QUERY_TIMEOUT_MS: process.env.QUERY_TIMEOUT_MS || '120000',
  };
  const config = loadConfig(env);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-bench-'));
  const server = await startLocalServer({
    config,
    dataDir,
    boltPort: await freePort(),
    httpPort: null,
    detached: false,
    startedBy: 'bench',
    say,
  });
  const located = fromLocal(server, 'neo4j');
  const { db, migrationFiles } = await openDatabase(config, located.connection);
  return {
    config,
    connection: located.connection,
    db,
    migrationFiles,
    dataDir,
    heap: config.local.heap,
    pageCache: config.local.pageCache,
    pid: server.pid,
    stop: async () => {
      await db.close().catch(() => undefined);
      await located.release();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
