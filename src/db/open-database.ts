import path from 'node:path';
import type { Config } from '../config/config.ts';
import { connect, type Connection } from './connect.ts';
import { CypherRegistry } from './cypher-registry.ts';
import { Database } from './database.ts';
import { checkQueriesOnce } from './check-queries-once.ts';
import { loadMigrations, migrate, type Migration, type MigrationReport } from './migrate.ts';

export interface OpenedDatabase {
  db: Database;
  migrations: MigrationReport;
  /** the migration files this process knows; /readyz checks the database has all of them */
  migrationFiles: Migration[];
}

/**
 * Connects, loads every Cypher file, applies pending migrations and checks the files against the
 * server (skipped when this database already accepted the same files): the start-up sequence.
 */
export async function openDatabase(config: Config, connection: Connection): Promise<OpenedDatabase> {
  const driver = await connect(connection, config.neo4j.connectTimeoutMs);
  const queries = await CypherRegistry.load(path.join(config.root, 'cypher'));
  const db = new Database(driver, connection.database, queries, config.neo4j.queryTimeoutMs);
  try {
    const migrationFiles = await loadMigrations(path.join(config.root, 'cypher', 'migrations'));
    const migrations = await migrate(db, migrationFiles);
    await checkQueriesOnce(db);
    return { db, migrations, migrationFiles };
  } catch (err) {
    await db.close();
    throw err;
  }
}
