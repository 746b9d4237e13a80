import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { inject } from 'vitest';

/**
 * A lock that test files on the run's Neo4j hold across workers, for the few whose work must not
 * overlap: one that adds real articles about the sample's people to the shared graph for a while,
 * and those that compare whole answers about those people (the README's, counts in a window). Every
 * other file keeps to its own data and needs none.
 *
 * It is a file created exclusively in the temporary directory, named after the server and the lock,
 * holding the holder's pid: a holder that died leaves it stale, and the next waiter takes it over.
 */
export interface GraphLock {
  release(): Promise<void>;
}

export async function acquireGraphLock(name: string, maxWaitMs = 1_200_000): Promise<GraphLock> {
  const conn = inject('neo4j');
  const server = createHash('sha256').update(`${conn.uri}|${conn.database}`).digest('hex').slice(0, 16);
  const dir = path.join(os.tmpdir(), 'quotegraph-test-locks');
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${server}-${name}.lock`);
  const token = `${process.pid} ${Date.now()} ${Math.random().toString(36).slice(2)}`;
  const deadline = Date.now() + maxWaitMs;
  for (;;) {
    try {
      const handle = await open(file, 'wx');
      await handle.writeFile(token);
      await handle.close();
      return {
        release: async () => {
          if ((await readFile(file, 'utf8').catch(() => '')) === token) await rm(file, { force: true });
        },
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = Number((await readFile(file, 'utf8').catch(() => '')).split(' ')[0]);
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) await rm(file, { force: true });
    if (Date.now() > deadline)
      throw new Error(`graph lock ${name}: still held by pid ${holder} after ${maxWaitMs / 1000} s (${file})`);
    await sleep(250);
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
