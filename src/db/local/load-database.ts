import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config/config.ts';
import { AppError, badInput } from '../../errors/app-error.ts';
import { adminReason, adminTool } from './admin-tool.ts';
import { checkDumpToLoad } from './dump-file.ts';
import { localLayout } from './layout.ts';
import { requireLocalServer, withServerStopped } from './with-server-stopped.ts';

export interface LoadOutcome {
  file: string;
  bytes: number;
  /** the local data folder held the database, and the dump replaced it */
  replaced: boolean;
  /** the server was running, was stopped for the load and runs again */
  restarted: boolean;
}

/**
 * `neo4j-admin database load` of `file` into the local server's database. A database that already
 * exists is replaced only with `overwrite` (`--force`): Neo4j keeps no copy of what it replaces.
 * The dump is read through once by `load --info` before the server is stopped, so a truncated or
 * foreign file is refused while the old database is still there and running.
 */
export async function loadLocalDatabase(config: Config, file: string, opts: { overwrite: boolean; say: (line: string) => void }): Promise<LoadOutcome> {
  requireLocalServer(
    config,
    'db load',
    'Restore that server where it runs: `neo4j-admin database load` on its machine (the database stopped), or Neo4j\'s restore tooling (`neo4j-admin database restore`, Enterprise; Aura imports dumps in its console).',
  );
  const { bytes } = await checkDumpToLoad(file);
  const database = config.neo4j.database;
  const store = path.join(localLayout(config.local.dataDir).data, 'databases', database);
  const exists = existsSync(store) && readdirSync(store).length > 0;
  if (exists && !opts.overwrite) {
    throw new AppError(
      'CONFLICT',
      `${file}: not loaded, because the local data folder already holds the database "${database}" (${store}) and loading replaces it. ` +
        'To keep it, dump it first (`quotegraph db dump FILE`); then run `quotegraph db load` again with --force.',
      { field: 'force' },
    );
  }
  const admin = await adminTool(config, opts.say);
  opts.say(`Checking ${file} with neo4j-admin …`);
  const info = await admin(['database', 'load', database, '--info', '--from-stdin'], file);
  if (info.code !== 0) throw badInput(file, `neo4j-admin cannot read it as a dump:\n${adminReason(info)}`);

  const { restarted } = await withServerStopped(config, opts.say, async () => {
    opts.say(`Loading ${file} into database "${database}" with neo4j-admin …`);
    const run = await admin(['database', 'load', database, '--from-stdin', `--overwrite-destination=${exists}`], file);
    if (run.code !== 0) throw new AppError('DATABASE_UNAVAILABLE', `neo4j-admin could not load ${file} into "${database}":\n${adminReason(run)}`);
  });
  return { file, bytes, replaced: exists, restarted };
}
