import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inject } from 'vitest';
import { projectRoot } from '../../src/config/config.ts';

/** Runs the real `quotegraph` command against the test server, with optional standard input. */
export function runCli(args: string[], input?: string) {
  const conn = inject('neo4j');
  return spawnSync(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), ...args], {
    encoding: 'utf8',
    input,
    env: {
      PATH: process.env.PATH ?? '',
      TZ: 'UTC',
      NEO4J_URI: conn.uri,
      NEO4J_USER: conn.user,
      NEO4J_PASSWORD: conn.password,
    },
    timeout: 120_000,
  });
}
