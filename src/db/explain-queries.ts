import { AppError } from '../errors/app-error.ts';
import type { Database } from './database.ts';

/**
 * EXPLAINs every registered statement against the real server (plans it, runs nothing), so a
 * typo, a renamed procedure or a missing plugin fails the boot and names the file.
 */
export async function explainQueries(db: Database): Promise<number> {
  const failures: string[] = [];
  for (const q of db.queries.all()) {
    const placeholders = Object.fromEntries(q.params.map((p) => [p, null]));
    try {
      await db.raw(`EXPLAIN ${q.text}`, placeholders);
    } catch (err) {
      const cause = (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
      failures.push(`${q.file}: ${cause.split('\n')[0]}`);
    }
  }
  if (failures.length) throw new AppError('CONFIGURATION', `Cypher files that Neo4j rejects:\n  ${failures.join('\n  ')}`);
  return db.queries.all().length;
}
