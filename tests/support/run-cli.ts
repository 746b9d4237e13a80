import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';
import { watchOutput, type Closed } from './process-output.ts';

/**
 * Runs the real `quotegraph` command against the test server, with optional standard input. Statements
 * get the tests' generous timeout (openTestDatabase's 300 s): a test must not fail because the machine is
 * busy; the timeout itself is tested in tests/hardening/limits.test.ts.
 */
export function runCli(args: string[], input?: string, cwd?: string) {
  const conn = inject('neo4j');
  return spawnSync(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), ...args], {
    encoding: 'utf8',
    input,
    ...(cwd ? { cwd } : {}),
    env: {
      PATH: process.env.PATH ?? '',
      TZ: 'UTC',
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
      QUERY_TIMEOUT_MS: '300000',
    },
    timeout: 600_000,
  });
}

/**
 * runCli without blocking the test's own event loop: for commands that talk to a server the test runs
 * (a local web server answering `ingest URL` and `watch`). `env` adds to the environment runCli sets.
 */
export function runCliAsync(args: string[], env: Record<string, string> = {}): Promise<Closed> {
  const run = startCli(args, env);
  run.child.stdin?.end();
  return run.closed;
}

/** The real command as a running process, with a wait for what it prints (tests/support/process-output.ts). */
export function startCli(args: string[], env: Record<string, string> = {}) {
  const conn = inject('neo4j');
  const child = spawn(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      TZ: 'UTC',
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
      QUERY_TIMEOUT_MS: '300000',
      ...env,
    },
  });
  return { child, ...watchOutput(child) };
}
