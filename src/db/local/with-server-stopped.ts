import type { Config } from '../../config/config.ts';
import { AppError } from '../../errors/app-error.ts';
import { findLocalServer, startLocalServer, stopLocalServer } from './local-server.ts';

/** `startedBy` of a server run by `quotegraph db start`: detached, owned by no other process. */
export const DETACHED_SERVER = 'quotegraph db start';

/**
 * neo4j-admin's dump and load need the database stopped (community edition has no online backup, and
 * a database cannot be stopped alone there), so the local server is stopped around `work` and started
 * again after it. Only a server `quotegraph db start` left running is stopped: one that belongs to a
 * running `npm start` or CLI command serves that process, and pulling it away mid-request is worse
 * than asking the user to stop it first. Returns whether the server was started again.
 */
export async function withServerStopped<T>(
  config: Config,
  say: (line: string) => void,
  work: () => Promise<T>,
): Promise<{ result: T; restarted: boolean }> {
  const running = await findLocalServer(config.local.dataDir);
  if (running && running.state.startedBy !== DETACHED_SERVER) {
    throw new AppError(
      'CONFLICT',
      `the local Neo4j (pid ${running.state.pid}, ${running.state.uri}) belongs to ` +
        `\`${running.state.startedBy}\`, started ${running.state.startedAt}; ` +
        'stop it first (Ctrl-C where it runs, or `npm run db:stop`) and run this again. Only a server ' +
        'started with `quotegraph db start` is stopped and started again for you.',
      { pid: running.state.pid },
    );
  }
  if (!running) return { result: await work(), restarted: false };

  say(`Stopping the local Neo4j (pid ${running.state.pid}); neo4j-admin needs the database offline …`);
  await stopLocalServer(config.local.dataDir);
  let result: T;
  try {
    result = await work();
  } catch (err) {
    await restart().catch((again: Error) => say(`… and starting the local Neo4j again failed too: ${again.message}`));
    throw err;
  }
  await restart();
  return { result, restarted: true };

  async function restart() {
    say('Starting the local Neo4j again …');
    await startLocalServer({
      config,
      dataDir: config.local.dataDir,
      boltPort: running!.state.boltPort,
      httpPort: running!.state.httpPort,
      detached: true,
      startedBy: running!.state.startedBy,
      say,
    });
  }
}

/** The commands that work on the local server's files refuse a server the project did not start. */
export function requireLocalServer(config: Config, command: string, instead: string): void {
  if (!config.neo4j.uri) return;
  throw new AppError(
    'CONFIGURATION',
    `${command} works on the local Neo4j that quotegraph starts itself, but NEO4J_URI points at ` +
      `${config.neo4j.uri}, a server it did not start ` +
      `and whose files it cannot reach. ${instead} Unset NEO4J_URI to use the local server.`,
  );
}
