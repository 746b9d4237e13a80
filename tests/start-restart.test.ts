import { spawn, spawnSync } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import { localLayout } from '../src/db/local/layout.ts';
import { isAlive } from '../src/db/local/server-state.ts';
import { ownServerEnv } from './support/own-server-env.ts';
import { watchOutput } from './support/process-output.ts';
import { typed } from './gql/gql.ts';
import type { TypedDocumentString } from './gql/graphql.ts';
import { dataOf, type GraphQLBody } from './support/test-api.ts';

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava)
  console.warn('[start-restart.test] skipped: no java on PATH (npm start needs Java 17 for the local Neo4j)');

const serverPid = async (dataDir: string) =>
  (JSON.parse(await readFile(localLayout(dataDir).stateFile, 'utf8')) as { pid: number }).pid;

/**
 * The API answers again once the driver reaches the restarted server (src/db/outage.ts probes every
 * second): asked until it answers with data, with an outer limit that only catches a hang.
 */
async function answersAgain<Data, Variables>(
  api: string,
  query: TypedDocumentString<Data, Variables>,
): Promise<GraphQLBody<Data>> {
  const deadline = Date.now() + 300_000;
  let last: unknown = null;
  while (Date.now() < deadline) {
    const res = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: query.toString() }),
    }).catch((err: unknown) => err);
    if (res instanceof Response) {
      last = await res.json();
      if (!(last as { errors?: unknown }).errors) return last as GraphQLBody<Data>;
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer again; last answer: ${JSON.stringify(last)}`);
}

// Its own `npm start` with its own Neo4j: the tests' shared server must never be killed.
describe.skipIf(!hasJava)('npm start when its Neo4j dies', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('when the Neo4j it started is killed, ' +
    'then it says so, starts it again and the API answers; a server stopped on request stays stopped', async () => {
    let env: Record<string, string>;
    ({ dataDir, env } = await ownServerEnv('restart'));
    const child = spawn(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), 'start'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { output, waitFor } = watchOutput(child);
    const exited = new Promise<string>((resolve) =>
      child.once('exit', (code, signal) => resolve(`code ${code} signal ${signal}`)),
    );
    try {
      await waitFor('Press Ctrl-C to stop.');
      const api = `http://127.0.0.1:${env.PORT}`;
      const count = typed(`query RestartQuotes { quotes(first: 1) { totalCount } }`);
      const before = dataOf(await answersAgain(api, count)).quotes.totalCount;
      expect(before).toBeGreaterThan(0);

      // as the JVM's -XX:+ExitOnOutOfMemoryError or the kernel's OOM killer would end it
      const first = await serverPid(dataDir);
      const killedAt = Date.now();
      process.kill(first, 'SIGKILL');
      await waitFor(`Neo4j (pid ${first}) stopped unexpectedly (killed by SIGKILL)`);
      const again = await waitFor(/Neo4j is running again \(pid (\d+)\)/);
      const restartedAt = Date.now();
      const second = Number(again[1]);
      expect(second).not.toBe(first);
      expect(await serverPid(dataDir)).toBe(second);
      expect(isAlive(second)).toBe(true);
      expect(dataOf(await answersAgain(api, count)).quotes.totalCount).toBe(before);
      console.info(
        `[start-restart] Neo4j running again ${((restartedAt - killedAt) / 1000).toFixed(1)} s after the ` +
          `kill, the API answering ${((Date.now() - killedAt) / 1000).toFixed(1)} s after it`,
      );

      // `npm run db:stop` sends SIGTERM: that is a request, not a crash
      process.kill(second, 'SIGTERM');
      await waitFor(`Neo4j (pid ${second}) stopped on request`);
      expect(output()).not.toMatch(new RegExp(`pid ${second}\\) stopped unexpectedly`));
      expect(output().match(/Restarting Neo4j …/g)).toHaveLength(1);
    } finally {
      if (child.exitCode === null) child.kill('SIGINT');
    }
    expect(await exited, output()).toBe('code 0 signal null');
  }, 1_200_000); // a safety net: two starts of a real Neo4j, each awaited on what it prints
});
