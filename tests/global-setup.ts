import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig, projectRoot } from '../src/config/config.ts';
import type { Connection } from '../src/db/connect.ts';
import { fromLocal } from '../src/db/locate.ts';
import { startLocalServer } from '../src/db/local/local-server.ts';
import { freePort } from '../src/db/local/port-is-free.ts';
import { openDatabase } from '../src/db/open-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Connection & { kind: 'configured' | 'container' | 'local' };
  }
}

/**
 * One real Neo4j per test run, found in this order: NEO4J_URI; a Docker engine (testcontainers,
 * neo4j:5.26-community with APOC and GDS); the project's local server in a throw-away directory on
 * its own port. Migrations are applied once here; tests create and delete only their own data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The tests run `quotegraph` as users do: from build/, compiled again here if src/ changed. If
  // that fails (its output is above), the command runs the sources through tsx and says so.
  spawnSync(process.execPath, [path.join(projectRoot(), 'scripts', 'build-cli.js'), '--if-stale'], {
    stdio: 'inherit',
  });
  const config = loadConfig();
  const say = (line: string) => process.stderr.write(`[neo4j for tests] ${line}\n`);
  let connection: Connection;
  let kind: 'configured' | 'container' | 'local';
  let teardown: () => Promise<void>;

  if (config.neo4j.uri) {
    connection = {
      uri: config.neo4j.uri,
      user: config.neo4j.user,
      password: config.neo4j.password ?? '',
      database: config.neo4j.database,
    };
    kind = 'configured';
    teardown = async () => {};
  } else if (await dockerAnswers()) {
    const { Neo4jContainer, Neo4jPlugin } = await import('@testcontainers/neo4j');
    say('a Docker engine answers: starting neo4j:5.26-community with APOC and GDS');
    const container = await new Neo4jContainer('neo4j:5.26-community')
      .withPlugins([Neo4jPlugin.APOC, Neo4jPlugin.GRAPH_DATA_SCIENCE])
      .withEnvironment({ NEO4J_dbms_security_procedures_unrestricted: 'apoc.*,gds.*' })
      .start();
    connection = {
      uri: container.getBoltUri(),
      user: container.getUsername(),
      password: container.getPassword(),
      database: 'neo4j',
    };
    kind = 'container';
    teardown = async () => void (await container.stop());
  } else {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-test-'));
    say(`no NEO4J_URI and no Docker engine: starting the local server in ${dataDir}`);
    const started = Date.now();
    const server = await startLocalServer({
      // startTimeoutMs: on a loaded machine the start can take minutes; a JVM that exits still fails the wait at once
      config: { ...config, local: { ...config.local, heap: '1g', pageCache: '256m', startTimeoutMs: 600_000 } },
      dataDir,
      boltPort: await freePort(),
      httpPort: null,
      detached: false,
      startedBy: 'vitest',
      say,
    });
    say(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const located = fromLocal(server, 'neo4j');
    connection = located.connection;
    kind = 'local';
    teardown = async () => {
      await located.release();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  try {
    const { db } = await openDatabase(config, connection);
    await db.close();
  } catch (err) {
    // vitest runs no teardown when setup throws: stop the server here, or it outlives the run
    await teardown().catch(() => undefined);
    throw err;
  }
  project.provide('neo4j', { ...connection, kind });
  return teardown;
}

async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch {
    return false;
  }
}
