import type { Database } from '../db/database.ts';
import { pendingMigrations, type Migration } from '../db/migrate.ts';
import { toAppError } from '../errors/to-app-error.ts';

export type Readiness = { ready: true } | { ready: false; reason: string; code: string };

/** Ready means: Neo4j answers and every migration in cypher/migrations is applied. */
export async function checkReadiness(db: Database, migrations: Migration[]): Promise<Readiness> {
  try {
    const pending = await pendingMigrations(db, migrations);
    if (pending.length)
      return { ready: false, code: 'MIGRATIONS_PENDING', reason: `migrations not applied: ${pending.join(', ')}` };
    return { ready: true };
  } catch (err) {
    const e = toAppError(err);
    return { ready: false, code: e.code, reason: e.message };
  }
}
