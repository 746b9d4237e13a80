import path from 'node:path';
import { inject } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { connect, type Connection } from '../../src/db/connect.ts';
import { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';

/**
 * A Database on the run's Neo4j (see tests/global-setup.ts), with the project's Cypher registry. The
 * timeouts only catch a hang: tests share one Neo4j with the whole suite, and on a loaded machine a
 * sample load or a backfill can take longer than 30 s without anything being wrong.
 */
export async function openTestDatabase(queryTimeoutMs = 300_000): Promise<Database> {
  const conn = inject('neo4j');
  const driver = await connect(conn, 120_000);
  const db = new Database(
    driver,
    conn.database,
    await CypherRegistry.load(path.join(projectRoot(), 'cypher')),
    queryTimeoutMs,
  );
  opened.set(db, conn);
  return db;
}

const opened = new WeakMap<Database, Connection>();

/**
 * Where a Database from openTestDatabase connects, for an API that executes on threads of its own;
 * undefined for one a test built around its own driver or registry (a broken one, a short timeout),
 * which the API must then run on its HTTP thread to use.
 */
export function connectionOf(db: Database): Connection | undefined {
  return opened.get(db);
}

/** A prefix unique to one test, for ids of the data it creates and deletes. */
export function testScope(name: string): string {
  return `test-${name}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
