import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config/config.ts';
import { connect } from '../src/db/connect.ts';
import { findLocalServer, startLocalServer, stopLocalServer, type LocalServer } from '../src/db/local/local-server.ts';
import { freePort } from '../src/db/local/port-is-free.ts';

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) console.warn('[local-server.test] skipped: no java on PATH (the local server needs Java 17)');

describe.skipIf(!hasJava)('the local Neo4j server', () => {
  // a loaded machine may take minutes to start Neo4j: wait for its ready line that long (a JVM that
  // exits still fails at once)
  const config = loadConfig({ NEO4J_HEAP: '512m', NEO4J_PAGECACHE: '128m', NEO4J_START_TIMEOUT_S: '600' });
  let dataDir = '';
  let first: LocalServer | undefined;
  afterAll(async () => {
    if (dataDir) {
      await stopLocalServer(dataDir);
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('when started twice on one data directory, then the second start finds the first and reuses it', async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-local-'));
    const boltPort = await freePort();
    const opts = { config, dataDir, boltPort, httpPort: null, detached: false, startedBy: 'test', say: () => {} };
    first = await startLocalServer(opts);
    expect(first.startedHere).toBe(true);
    const second = await startLocalServer(opts);
    expect(second.startedHere).toBe(false);
    expect(second.pid).toBe(first.pid);
    expect((await findLocalServer(dataDir))?.state.pid).toBe(first.pid);
  });

  it(
    'when a node is written, the server stopped and started again, ' +
      'then the node is still there and a wrong password is refused',
    async () => {
      const conn = { uri: first!.uri, ...first!.credentials, database: 'neo4j' };
      let driver = await connect(conn, 120_000);
      await driver.executeQuery('CREATE (:LocalServerTest {marker: $m})', { m: 'kept' });
      await driver.close();
      await first!.stop();
      expect(await findLocalServer(dataDir)).toBeNull();

      const again = await startLocalServer({
        config,
        dataDir,
        boltPort: await freePort(),
        httpPort: null,
        detached: false,
        startedBy: 'test',
        say: () => {},
      });
      driver = await connect({ ...conn, uri: again.uri }, 120_000);
      const { records } = await driver.executeQuery('MATCH (n:LocalServerTest) RETURN n.marker AS m');
      await driver.close();
      expect(records.map((r) => r.get('m'))).toEqual(['kept']);
      // authentication is on: a wrong password is refused
      // (connect stops at the refusal; the limit only has to outlast a slow answer, or the error would be a timeout)
      await expect(connect({ ...conn, uri: again.uri, password: 'wrong' }, 120_000)).rejects.toThrow(/unauthorized/i);
      await again.stop();
    },
  );
});
