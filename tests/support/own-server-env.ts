import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../../src/db/local/port-is-free.ts';

/**
 * The environment of a `quotegraph` child that starts its own Neo4j in a fresh throw-away data
 * folder on free ports, for tests that stop, kill or reload that server: the shared test server of
 * the other files must never see it. The caller removes `dataDir`.
 */
export async function ownServerEnv(prefix: string): Promise<{ dataDir: string; env: Record<string, string> }> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `quotegraph-${prefix}-`));
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    TZ: 'UTC',
    QUOTEGRAPH_DATA_DIR: dataDir,
    PORT: String(await freePort()),
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
    // the whole suite plus a CPU hog made a first start take minutes; a JVM that exits still fails at once
    NEO4J_START_TIMEOUT_S: '600',
  };
  return { dataDir, env };
}
