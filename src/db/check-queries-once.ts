import { createHash } from 'node:crypto';
import type { Database } from './database.ts';
import { explainQueries } from './explain-queries.ts';
import { STARTUP_STATEMENT_TIMEOUT_MS } from './startup-timeout.ts';

export interface PlanCheckReport {
  /** statements EXPLAINed now; 0 when this database had already accepted the same set */
  explained: number;
  fingerprint: string;
}

/**
 * The start-up check of every Cypher file, done once per set of files and server. EXPLAINing all
 * statements costs seconds on a cold planner, which made every CLI command slow to start; the
 * database remembers the fingerprint of the last set it accepted (the statements, the Neo4j version
 * and the plugins installed), and a start with the same fingerprint skips the check. A changed
 * file, an upgraded server or a removed plugin changes the fingerprint, so the check runs again.
 */
export async function checkQueriesOnce(db: Database): Promise<PlanCheckReport> {
  const fingerprint = await planFingerprint(db);
  const [stored] = await db.query('system/plan-check', {}, STARTUP_STATEMENT_TIMEOUT_MS);
  if (stored?.fingerprint === fingerprint) return { explained: 0, fingerprint };
  const explained = await explainQueries(db);
  await db.query('system/record-plan-check', { fingerprint }, STARTUP_STATEMENT_TIMEOUT_MS);
  return { explained, fingerprint };
}

async function planFingerprint(db: Database): Promise<string> {
  const [kernel] = await db.query('system/components', {}, STARTUP_STATEMENT_TIMEOUT_MS);
  const [plugins] = await db.query('system/installed-plugins', {}, STARTUP_STATEMENT_TIMEOUT_MS);
  const hash = createHash('sha256');
  hash.update(
    `neo4j ${kernel?.version ?? '?'} ${kernel?.edition ?? '?'}\nplugins ` +
      `${[...(plugins?.names ?? [])].sort().join(',')}\n`,
  );
  for (const q of [...db.queries.all()].sort((a, b) => (a.name < b.name ? -1 : 1)))
    hash.update(`${q.name}\n${q.text}\n\0`);
  return hash.digest('hex');
}
