import type { Command } from '../command.ts';
import { connect, type Connection } from '../../db/connect.ts';
import { CypherRegistry } from '../../db/cypher-registry.ts';
import { Database } from '../../db/database.ts';
import { findLocalServer } from '../../db/local/local-server.ts';
import { localLayout } from '../../db/local/layout.ts';
import { readServerInfo, type Neo4jInfo } from '../../queries/system/read-server-info.ts';
import path from 'node:path';

export const dbStatus: Command = {
  path: ['db', 'status'],
  summary: 'show where Neo4j is and what runs there (never starts anything)',
  usage: 'db status [--json]',
  async run(args, ctx) {
    const json = args.includes('--json');
    const { config } = ctx;
    let connection: Connection | null = null;
    let dataDir: string | null = null;
    if (config.neo4j.uri) {
      connection = {
        uri: config.neo4j.uri,
        user: config.neo4j.user,
        password: config.neo4j.password ?? '',
        database: config.neo4j.database,
      };
    } else {
      const found = await findLocalServer(config.local.dataDir);
      dataDir = localLayout(config.local.dataDir).data;
      if (found) connection = { uri: found.state.uri, ...found.credentials, database: config.neo4j.database };
    }
    let info: Neo4jInfo | null = null;
    let error: string | null = null;
    if (connection) {
      try {
        const driver = await connect(connection, 5_000);
        const db = new Database(
          driver,
          connection.database,
          await CypherRegistry.load(path.join(config.root, 'cypher')),
          5_000,
        );
        try {
          info = await db.read((tx) => readServerInfo(tx));
        } finally {
          await db.close();
        }
      } catch (err) {
        error = (err as Error).message;
      }
    }
    const status = {
      running: info !== null,
      kind: config.neo4j.uri ? 'configured' : 'local',
      uri: connection?.uri ?? `bolt://127.0.0.1:${config.local.boltPort}`,
      user: connection?.user ?? 'neo4j',
      password: connection?.password ?? null,
      database: config.neo4j.database,
      version: info?.version ?? null,
      edition: info?.edition ?? null,
      plugins: info?.plugins ?? [],
      dataDir,
      error,
    };
    if (json) ctx.print(JSON.stringify(status, null, 2));
    else if (!status.running)
      ctx.print(`Neo4j is not running (${status.uri})${error ? `: ${error}` : ''}. Start it with: npm run db:start`);
    else
      ctx.print(
        `Neo4j ${status.version} ${status.edition} at ${status.uri}\n` +
          `plugins: ${status.plugins.map((p) => `${p.name} ${p.version}`).join(', ') || 'none'}\n` +
          (dataDir ? `data: ${dataDir}` : ''),
      );
    return status.running ? 0 : 3;
  },
};
