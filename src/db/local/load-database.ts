import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../../config/config.ts';
import { AppError, badInput } from '../../errors/app-error.ts';
import { adminReason, adminTool, type AdminTool } from './admin-tool.ts';
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
 */
export async function loadLocalDatabase(
  config: Config,
  file: string,
  opts: { overwrite: boolean; say: (line: string) => void },
): Promise<LoadOutcome> {
  requireLocalServer(
    config,
    'db load',
    'Restore that server where it runs: `neo4j-admin database load` on its machine (the database stopped), ' +
      "or Neo4j's restore tooling (`neo4j-admin database restore`, Enterprise; Aura imports dumps in its " +
      'console).',
  );
  const { bytes } = await checkDumpToLoad(file);
  const database = config.neo4j.database;
  const store = path.join(localLayout(config.local.dataDir).data, 'databases', database);
  const exists = existsSync(store) && readdirSync(store).length > 0;
  if (exists && !opts.overwrite) {
    throw new AppError(
      'CONFLICT',
      `${file}: not loaded, because the local data folder already holds the database "${database}" ` +
        `(${store}) and loading replaces it. ` +
        'To keep it, dump it first (`quotegraph db dump FILE`); then run `quotegraph db load` again with --force.',
      { field: 'force' },
    );
  }
  const admin = await adminTool(config, opts.say);
  await trialLoad(admin, config, file, database, opts.say);

  const { restarted } = await withServerStopped(config, opts.say, async () => {
    opts.say(`Loading ${file} into database "${database}" with neo4j-admin …`);
    const run = await admin(['database', 'load', database, '--from-stdin', `--overwrite-destination=${exists}`], {
      stdinFile: file,
    });
    if (run.code !== 0)
      throw new AppError(
        'DATABASE_UNAVAILABLE',
        `neo4j-admin could not load ${file} into "${database}":\n${adminReason(run)}`,
      );
  });
  return { file, bytes, replaced: exists, restarted };
}

/**
 * Loads the dump once into a scratch data folder and throws that away, while the server still runs.
 * Only a whole load proves a dump whole: `load --info` reads the archive's header and passed a dump
 * cut in half, whose real load then failed after `--overwrite-destination` had removed the database
 * it was to replace. The scratch folder sits inside the data folder, so it is on the same disk.
 */
async function trialLoad(
  admin: AdminTool,
  config: Config,
  file: string,
  database: string,
  say: (line: string) => void,
): Promise<void> {
  await mkdir(config.local.dataDir, { recursive: true });
  const scratch = await mkdtemp(path.join(config.local.dataDir, 'load-check-'));
  try {
    say(`Checking ${file}: neo4j-admin loads it into a scratch folder first …`);
    const run = await admin(['database', 'load', database, '--from-stdin'], { stdinFile: file, dataDir: scratch });
    if (run.code !== 0)
      throw badInput(file, `neo4j-admin cannot load it, so the database was left as it was:\n${adminReason(run)}`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
