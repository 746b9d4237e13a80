import { describe, expect, it } from 'vitest';
import type { LocalServer, ServerExit } from './local-server.ts';
import { keepServerRunning } from './keep-server-running.ts';

/** A stand-in for a started server: the test ends it as a crash or a kill would. */
function server(pid: number) {
  let listener: ((exit: ServerExit) => void) | null = null;
  let stops = 0;
  const s: LocalServer = {
    uri: 'bolt://127.0.0.1:7687',
    credentials: { user: 'neo4j', password: 'x' },
    pid,
    httpPort: null,
    dataDir: '/data',
    startedHere: true,
    consoleLog: '/data/neo4j/logs/console.log',
    onUnexpectedExit: (l) => {
      listener = l;
    },
    stop: async () => void stops++,
  };
  return { s, die: (exit: ServerExit) => listener?.(exit), stops: () => stops };
}

const settle = () => new Promise((r) => setImmediate(r));

describe('keepServerRunning', () => {
  it('when the server is killed, then it says so, starts a new one and stops that one at the end', async () => {
    const first = server(1);
    const second = server(2);
    const said: string[] = [];
    const kept = keepServerRunning(
      first.s,
      async () => second.s,
      (l) => said.push(l),
    );
    first.die({ code: null, signal: 'SIGKILL' });
    await settle();
    expect(said).toEqual([
      'Neo4j (pid 1) stopped unexpectedly (killed by SIGKILL); the end of /data/neo4j/logs/console.log says why.',
      'Restarting Neo4j …',
      'Neo4j is running again (pid 2); the API reconnects by itself.',
    ]);
    expect(kept.current()).toBe(second.s);
    await kept.stop();
    expect([first.stops(), second.stops()]).toEqual([0, 1]);
  });

  it('when the JVM ran out of heap, then the message says so', async () => {
    const first = server(1);
    const said: string[] = [];
    keepServerRunning(
      first.s,
      async () => server(2).s,
      (l) => said.push(l),
    );
    first.die({ code: 3, signal: null });
    await settle();
    expect(said[0]).toMatch(/stopped unexpectedly \(exit code 3: it ran out of heap memory\)/);
  });

  it('when the server was stopped on request, then it is not restarted', async () => {
    const first = server(1);
    let starts = 0;
    const said: string[] = [];
    keepServerRunning(
      first.s,
      async () => {
        starts++;
        return server(2).s;
      },
      (l) => said.push(l),
    );
    first.die({ code: 143, signal: null });
    await settle();
    expect(starts).toBe(0);
    expect(said).toEqual(['Neo4j (pid 1) stopped on request (exit code 143); it is not restarted.']);
  });

  it('when every restart fails, then it tries five times and gives up saying so', async () => {
    const first = server(1);
    let starts = 0;
    const said: string[] = [];
    let gaveUp!: () => void;
    const givenUp = new Promise<void>((r) => (gaveUp = r));
    const start = async (): Promise<LocalServer> => {
      starts++;
      throw new Error('port 7687 on 127.0.0.1 is in use');
    };
    keepServerRunning(
      first.s,
      start,
      (l) => {
        said.push(l);
        if (/not restarted again/.test(l)) gaveUp();
      },
      0,
    );
    first.die({ code: null, signal: 'SIGKILL' });
    await givenUp;
    expect(starts).toBe(5);
    expect(said.filter((l) => l.startsWith('Restarting Neo4j failed: port 7687'))).toHaveLength(5);
    expect(said.at(-1)).toMatch(/did not stay up after 5 restarts within 10 minutes; it is not restarted again/);
  });
});
