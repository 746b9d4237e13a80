import { AppError } from '../errors/app-error.ts';
import type { Database } from './database.ts';
import { STARTUP_STATEMENT_TIMEOUT_MS } from './startup-timeout.ts';

/** EXPLAINs in flight at once: planning is CPU work on the server, and four keep two cores busy */
const IN_FLIGHT = 4;
/**
 * EXPLAINs every registered statement against the real server (plans it, runs nothing), so a
 * typo, a renamed procedure or a missing plugin fails the boot and names the file.
 */
export async function explainQueries(db: Database): Promise<number> {
  const all = db.queries.all();
  const failures: string[] = [];
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < all.length) {
      const q = all[next++]!;
      const placeholders = Object.fromEntries(q.params.map((p) => [p, null]));
      try {
        await db.raw(`EXPLAIN ${q.text}`, placeholders, STARTUP_STATEMENT_TIMEOUT_MS);
      } catch (err) {
        const cause = (err as { cause?: { message?: string } }).cause?.message ?? (err as Error).message;
        failures.push(`${q.file}: ${cause.split('\n')[0]}`);
      }
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  if (failures.length)
    throw new AppError('CONFIGURATION', `Cypher files that Neo4j rejects:\n  ${failures.sort().join('\n  ')}`);
  return all.length;
}
