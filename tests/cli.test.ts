import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { projectRoot } from '../src/config/config.ts';
import { freePort } from '../src/db/local/port-is-free.ts';

const root = projectRoot();
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [path.join(root, 'bin', 'quotegraph.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', TZ: 'UTC', ...env },
    timeout: 60_000,
  });

describe('the quotegraph command', () => {
  it('when run with --help, then it lists the db commands', () => {
    const out = cli(['--help']);
    expect(out.status).toBe(0);
    for (const c of ['db start', 'db stop', 'db status', 'db migrate', 'start']) expect(out.stdout).toContain(c);
  });

  it('when NEO4J_URI points at a closed port, then it fails within 30 s with a clear message and no stack trace', async () => {
    const port = await freePort();
    const started = Date.now();
    const out = cli(['db', 'migrate'], { NEO4J_URI: `bolt://127.0.0.1:${port}`, NEO4J_PASSWORD: 'x', NEO4J_CONNECT_TIMEOUT_S: '5' });
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain(`cannot reach Neo4j at bolt://127.0.0.1:${port}`);
    expect(out.stderr).not.toMatch(/^\s+at /m);
  });

  it('when NEO4J_URI is set without a password, then it says which variable is missing', () => {
    const out = cli(['db', 'migrate'], { NEO4J_URI: 'bolt://127.0.0.1:1' });
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('NEO4J_PASSWORD is not');
  });

  it('when db status --json runs against the test server, then it prints uri, user, password, version, edition and plugins', () => {
    const conn = inject('neo4j');
    const out = cli(['db', 'status', '--json'], { NEO4J_URI: conn.uri, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password });
    expect(out.status).toBe(0);
    const status = JSON.parse(out.stdout);
    expect(status).toMatchObject({ running: true, uri: conn.uri, user: conn.user, password: conn.password, edition: 'community' });
    expect(status.version).toMatch(/^5\.26\./);
    expect(status.plugins.map((p: { name: string }) => p.name)).toEqual(['apoc', 'gds']);
  });

  it('when NEO4J_URI uses the routing scheme neo4j://, then the same server answers', () => {
    const conn = inject('neo4j');
    const routed = conn.uri.replace(/^bolt:/, 'neo4j:');
    const out = cli(['db', 'status', '--json'], { NEO4J_URI: routed, NEO4J_USER: conn.user, NEO4J_PASSWORD: conn.password });
    expect(out.status, out.stderr).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ running: true, uri: routed, edition: 'community' });
  });
});
