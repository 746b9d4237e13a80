import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import { localLayout } from '../src/db/local/layout.ts';
import { portIsFree } from '../src/db/local/port-is-free.ts';
import { isAlive } from '../src/db/local/server-state.ts';
import { ownServerEnv } from './support/own-server-env.ts';
import { watchOutput } from './support/process-output.ts';

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) console.warn('[start.test] skipped: no java on PATH (npm start needs Java 17 for the local Neo4j)');

/** `npm start` as a user runs it: its own Neo4j, its own data directory, real ports. */
function startProcess(env: Record<string, string>): {
  child: ChildProcess;
  output: () => string;
  said: (text: string) => Promise<string>;
  ready: Promise<string>;
} {
  const child = spawn(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), 'start'], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const { output, waitFor } = watchOutput(child);
  /** resolves with the output once it contains `text`; rejects if the process exits first */
  const said = async (text: string) => {
    await waitFor(text);
    return output();
  };
  return { child, output, said, ready: said('Press Ctrl-C to stop.') };
}

const exited = (child: ChildProcess) =>
  new Promise<string>((resolve) => child.once('exit', (code, signal) => resolve(`code ${code} signal ${signal}`)));

describe.skipIf(!hasJava)('npm start', () => {
  let dataDir = '';
  afterAll(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('when started on an empty data directory, then it serves a ready API on Neo4j 5.26 with apoc and gds, ' +
    'the Browser, and the sample corpus; Ctrl-C stops it cleanly, also during startup', async () => {
    let env: Record<string, string>;
    ({ dataDir, env } = await ownServerEnv('start'));
    const run = startProcess(env);
    const out = await run.ready;
    expect(out).toMatch(/Loaded the sample corpus: \d+ documents/);
    const api = `http://127.0.0.1:${env.PORT}`;
    expect((await fetch(`${api}/readyz`)).status).toBe(200);
    const res = await fetch(`${api}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ serverInfo { neo4j { version edition plugins } } }' }),
    });
    const { data } = (await res.json()) as {
      data: { serverInfo: { neo4j: { version: string; edition: string; plugins: string[] } } };
    };
    expect(data.serverInfo.neo4j).toMatchObject({ edition: 'community', plugins: ['apoc', 'gds'] });
    expect(data.serverInfo.neo4j.version).toMatch(/^5\.26\./);
    const browser = await fetch(`http://127.0.0.1:${env.NEO4J_HTTP_PORT}/browser/`);
    expect(browser.status).toBe(200);
    expect(await browser.text()).toContain('Neo4j Browser');

    // Ctrl-C ends both processes
    const state = JSON.parse(await readFile(localLayout(dataDir).stateFile, 'utf8')) as { pid: number };
    expect(isAlive(state.pid)).toBe(true);
    const code = exited(run.child);
    run.child.kill('SIGINT');
    expect(await code, run.output()).toBe('code 0 signal null');
    expect(isAlive(state.pid)).toBe(false);

    // a second start keeps the data: the graph is not empty, so nothing is loaded again
    const again = startProcess(env);
    const out2 = await again.ready;
    expect(out2).not.toMatch(/Loaded the sample corpus/);
    const code2 = exited(again.child);
    again.child.kill('SIGINT');
    expect(await code2, again.output()).toBe('code 0 signal null');

    // Ctrl-C while Neo4j is still starting: the startup ends early, stops the Neo4j it started, and
    // reports the interruption in its exit status
    const third = startProcess(env);
    third.ready.catch(() => undefined); // it is meant to end before it is ready
    await third.said('Starting Neo4j');
    const code3 = exited(third.child);
    third.child.kill('SIGINT');
    expect(await code3, third.output()).toBe('code 130 signal null');
    expect(third.output()).toContain('SIGINT: stopping once the current startup step finishes');
    expect(await portIsFree(Number(env.NEO4J_BOLT_PORT))).toBe(true);
    expect(existsSync(localLayout(dataDir).stateFile)).toBe(false);
  }, 900_000); // a safety net: three starts of a real Neo4j, each awaited on what it prints
});
