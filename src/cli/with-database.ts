import type { Database } from '../db/database.ts';
import { locateNeo4j, type Located } from '../db/locate.ts';
import { openDatabase } from '../db/open-database.ts';
import type { MigrationReport } from '../db/migrate.ts';
import type { CommandContext } from './command.ts';

/**
 * Runs a CLI command against Neo4j: the configured server, or the local one (reused when running,
 * else started for the command and stopped after it).
 */
export async function withDatabase<T>(
  ctx: CommandContext,
  work: (db: Database, located: Located, migrations: MigrationReport) => Promise<T>,
): Promise<T> {
  const located = await locateNeo4j(ctx.config, { say: ctx.say, startedBy: 'quotegraph cli' });
  try {
    const { db, migrations } = await openDatabase(ctx.config, located.connection);
    try {
      return await work(db, located, migrations);
    } finally {
      await db.close();
    }
  } finally {
    await located.release();
  }
}
