import type { LocalServer, ServerExit } from './local-server.ts';

/** Restarts allowed within the window before the supervisor gives up (a server that dies at every start). */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 10 * 60_000;

export interface KeptServer {
  /** the server running now (the first one, or the last restart) */
  current(): LocalServer;
  /** stops watching and stops the server running now, waiting for a restart in progress first */
  stop(): Promise<void>;
}

/** Java ends with 128 + the signal number when SIGTERM or SIGINT asked it to stop. */
const ASKED_TO_STOP = new Set([0, 130, 143]);

export function describeExit(exit: ServerExit): string {
  if (exit.signal) return `killed by ${exit.signal}`;
  // -XX:+ExitOnOutOfMemoryError (local-server.ts) ends the JVM with status 3
  return exit.code === 3 ? 'exit code 3: it ran out of heap memory' : `exit code ${exit.code}`;
}

/**
 * Watches the local Neo4j this process started and starts it again when it dies: the JVM ends
 * itself on OutOfMemoryError, and the kernel's OOM killer or a `kill -9` ends it too. Before this, the
 * API answered DATABASE_UNAVAILABLE until someone restarted `npm start` by hand; now it recovers by
 * itself, because the driver reconnects to the same port (src/db/outage.ts probes until it answers).
 * A server stopped on request (SIGTERM, as `npm run db:stop` sends, or SIGINT) stays stopped. Only for a
 * server this process started: one found running belongs to someone else.
 */
export function keepServerRunning(
  first: LocalServer,
  start: () => Promise<LocalServer>,
  say: (line: string) => void,
  /** pause after a failed restart (the dead server's port or store lock may take a moment to go) */
  retryDelayMs = 2_000,
): KeptServer {
  let server = first;
  let stopped = false;
  let restarting: Promise<void> = Promise.resolve();
  const restarts: number[] = [];

  const watch = (s: LocalServer) =>
    s.onUnexpectedExit((exit) => {
      if (!stopped) restarting = restart(s, exit);
    });

  async function restart(dead: LocalServer, exit: ServerExit): Promise<void> {
    if (exit.signal === null && exit.code !== null && ASKED_TO_STOP.has(exit.code)) {
      // Also what a Ctrl-C in the terminal does: it reaches the whole process group, Neo4j included.
      say(`Neo4j (pid ${dead.pid}) stopped on request (${describeExit(exit)}); it is not restarted.`);
      return;
    }
    say(
      `Neo4j (pid ${dead.pid}) stopped unexpectedly (${describeExit(exit)}); the end of ${dead.consoleLog} says why.`,
    );
    for (;;) {
      const now = Date.now();
      while (restarts.length && now - restarts[0]! > RESTART_WINDOW_MS) restarts.shift();
      if (restarts.length >= MAX_RESTARTS) {
        say(
          `Neo4j did not stay up after ${MAX_RESTARTS} restarts within ${RESTART_WINDOW_MS / 60_000} ` +
            `minutes; it is not restarted again. Look at ${dead.consoleLog}, then stop with Ctrl-C and start ` +
            'again.',
        );
        return;
      }
      restarts.push(now);
      say('Restarting Neo4j …');
      try {
        const next = await start();
        if (stopped) {
          await next.stop().catch(() => undefined);
          return;
        }
        server = next;
        say(`Neo4j is running again (pid ${next.pid}); the API reconnects by itself.`);
        watch(next);
        return;
      } catch (err) {
        if (stopped) return;
        say(`Restarting Neo4j failed: ${(err as Error).message}`);
        await new Promise((r) => setTimeout(r, retryDelayMs));
        if (stopped) return;
      }
    }
  }

  watch(first);
  return {
    current: () => server,
    async stop() {
      stopped = true;
      await restarting;
      await server.stop();
    },
  };
}
