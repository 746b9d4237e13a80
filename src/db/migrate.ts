import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors/app-error.ts';
import type { Database } from './database.ts';
import { STARTUP_STATEMENT_TIMEOUT_MS } from './startup-timeout.ts';

export interface Migration {
  id: string;
  statement: string;
  checksum: string;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
}

/** cypher/migrations/NNN-name.cypher, one schema or backfill statement each, in file-name order. */
export async function loadMigrations(dir: string): Promise<Migration[]> {
  const files = (await readdir(dir)).filter((f) => /^\d{3}-[a-z0-9-]+\.cypher$/.test(f)).sort();
  return Promise.all(
    files.map(async (f) => {
      const statement = (await readFile(path.join(dir, f), 'utf8'))
        .split('\n')
        .filter((l) => !l.startsWith('//'))
        .join('\n')
        .trim()
        .replace(/;$/, '');
      return {
        id: f.replace(/\.cypher$/, ''),
        statement,
        checksum: createHash('sha256').update(statement).digest('hex'),
      };
    }),
  );
}

/**
 * Applies, in order, the migrations this database has not recorded. Every statement is written
 * with IF NOT EXISTS, so a crash between applying and recording, or two processes migrating at
 * once, is harmless. An applied migration whose file changed since is an error: write a new one.
 */
export async function migrate(db: Database, migrations: Migration[]): Promise<MigrationReport> {
  const applied = new Map(
    (await db.query('system/migrations-applied', {}, STARTUP_STATEMENT_TIMEOUT_MS)).map((r) => [r.id, r.checksum]),
  );
  const report: MigrationReport = { applied: [], alreadyApplied: [] };
  for (const m of migrations) {
    const recorded = applied.get(m.id);
    if (recorded !== undefined) {
      if (recorded !== m.checksum) {
        throw new AppError(
          'CONFIGURATION',
          `migration ${m.id} was changed after it was applied; add a new migration instead`,
        );
      }
      report.alreadyApplied.push(m.id);
      continue;
    }
    // no time limit: a backfill over a large graph takes as long as the graph is big
    await db.raw(m.statement, {}, 0);
    await db.query('system/record-migration', { id: m.id, checksum: m.checksum }, STARTUP_STATEMENT_TIMEOUT_MS);
    report.applied.push(m.id);
  }
  return report;
}

/** Ids of migrations in the files that the database has not recorded (for /readyz). */
export async function pendingMigrations(db: Database, migrations: Migration[]): Promise<string[]> {
  const applied = new Set((await db.query('system/migrations-applied', {})).map((r) => r.id));
  return migrations.filter((m) => !applied.has(m.id)).map((m) => m.id);
}
