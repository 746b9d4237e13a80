import { existsSync } from 'node:fs';
import { mkdtemp, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/config.ts';
import { AppError, badInput } from '../../errors/app-error.ts';
import { adminReason, adminTool } from './admin-tool.ts';
import { checkDumpTarget } from './dump-file.ts';
import { localLayout } from './layout.ts';
import { requireLocalServer, withServerStopped } from './with-server-stopped.ts';

export interface DumpOutcome {
  file: string;
  bytes: number;
  /** the server was running, was stopped for the dump and runs again */
  restarted: boolean;
}

/**
 * `neo4j-admin database dump` of the local server's database into `file`. It writes into a fresh
 * folder beside `file` and renames the result into place, so `file` is either the whole dump or
 * untouched, never half written.
 */
export async function dumpLocalDatabase(
  config: Config,
  file: string,
  opts: { overwrite: boolean; say: (line: string) => void },
): Promise<DumpOutcome> {
  requireLocalServer(
    config,
    'db dump',
    'Back up that server where it runs: `neo4j-admin database dump` on its machine (the database stopped), ' +
      "or Neo4j's online backup (`neo4j-admin database backup`, Enterprise; Aura has snapshots).",
  );
  await checkDumpTarget(file, opts.overwrite);
  const database = config.neo4j.database;
  const store = path.join(localLayout(config.local.dataDir).data, 'databases', database);
  if (!existsSync(store)) {
    throw new AppError(
      'NOT_FOUND',
      `there is no database "${database}" in ${store} to dump; \`npm start\` or \`quotegraph db start\` creates it`,
      { field: 'database' },
    );
  }
  const admin = await adminTool(config, opts.say);
  const { restarted } = await withServerStopped(config, opts.say, async () => {
    const folder = await mkdtemp(path.join(path.dirname(file), '.quotegraph-dump-')).catch(
      (err: NodeJS.ErrnoException) => {
        throw badInput(file, `cannot write beside it (${err.code ?? err.message})`);
      },
    );
    try {
      opts.say(`Dumping database "${database}" with neo4j-admin …`);
      const run = await admin(['database', 'dump', database, `--to-path=${folder}`]);
      if (run.code !== 0)
        throw new AppError(
          'DATABASE_UNAVAILABLE',
          `neo4j-admin could not dump "${database}" to ${file}:\n${adminReason(run)}`,
        );
      await rename(path.join(folder, `${database}.dump`), file).catch((err: NodeJS.ErrnoException) => {
        throw badInput(file, `cannot write it (${err.code ?? err.message})`);
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
  return { file, bytes: (await stat(file)).size, restarted };
}
