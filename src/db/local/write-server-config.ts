import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LauncherLayout, LocalLayout } from './layout.ts';
import { transactionMemory } from './transaction-memory.ts';

export interface ServerSettings {
  boltPort: number;
  /** null: no HTTP connector, so no Neo4j Browser (tests) */
  httpPort: number | null;
  heap: string;
  pageCache: string;
}

/** Writes conf/neo4j.conf and the two log4j files Neo4j 5 expects next to it. */
export async function writeServerConfig(
  local: LocalLayout,
  launcher: LauncherLayout,
  s: ServerSettings,
): Promise<void> {
  const txMemory = transactionMemory(s.heap);
  await Promise.all([local.conf, local.data, local.logs, local.run].map((d) => mkdir(d, { recursive: true })));
  const lines = [
    '# Written by quotegraph at every start; edit src/db/local/write-server-config.ts instead.',
    `server.directories.data=${local.data}`,
    `server.directories.logs=${local.logs}`,
    `server.directories.run=${local.run}`,
    `server.directories.plugins=${launcher.plugins}`,
    `server.directories.import=${path.join(local.home, 'import')}`,
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${s.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${s.boltPort}`,
    `server.http.enabled=${s.httpPort !== null}`,
    ...(s.httpPort !== null
      ? [`server.http.listen_address=127.0.0.1:${s.httpPort}`, `server.http.advertised_address=127.0.0.1:${s.httpPort}`]
      : []),
    'server.https.enabled=false',
    'dbms.security.auth_enabled=true',
    'dbms.security.procedures.unrestricted=apoc.*,gds.*',
    'dbms.security.procedures.allowlist=apoc.*,gds.*',
    `server.memory.heap.initial_size=${s.heap}`,
    `server.memory.heap.max_size=${s.heap}`,
    `server.memory.pagecache.size=${s.pageCache}`,
    // A query over these fails with MemoryLimitExceeded (QUERY_TOO_LARGE) instead of killing the JVM.
    `db.memory.transaction.total.max=${txMemory.total}`,
    `dbms.memory.transaction.total.max=${txMemory.total}`,
    `db.memory.transaction.max=${txMemory.perTransaction}`,
    // Saves a 250 MB preallocated transaction log per database on small disks.
    'db.tx_log.preallocate=false',
    'db.tx_log.rotation.retention_policy=2 days',
    'dbms.usage_report.enabled=false',
    '',
  ];
  await writeFile(path.join(local.conf, 'neo4j.conf'), lines.join('\n'));
  await Promise.all(
    ['server-logs.xml', 'user-logs.xml'].map((f) =>
      copyFile(path.join(launcher.logConfigs, f), path.join(local.conf, f)),
    ),
  );
}
