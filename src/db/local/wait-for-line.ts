import type { ChildProcess } from 'node:child_process';
import { watch } from 'node:fs';
import { open } from 'node:fs/promises';

/**
 * Resolves when `ready` appears in the log file after `offset`, rejects when `failed` appears, the
 * process exits, or the time is up. Driven by file-change events and the exit event: no sleeps.
 */
export function waitForLogLine(
  file: string,
  offset: number,
  patterns: { ready: RegExp; failed: RegExp },
  child: ChildProcess,
  timeoutMs: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    let position = offset;
    let reading = false;
    let again = false;
    const watcher = watch(file, () => void check());
    const timer = setTimeout(() => done(new Error(`timed out after ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
    const onExit = (code: number | null) =>
      done(new Error(`the Neo4j process exited (code ${code}) before it was ready`));
    child.once('exit', onExit);

    function done(err?: Error) {
      watcher.close();
      clearTimeout(timer);
      child.off('exit', onExit);
      if (err) reject(Object.assign(err, { logTail: seen.split('\n').slice(-30).join('\n') }));
      else resolve();
    }

    async function check() {
      if (reading) {
        again = true;
        return;
      }
      reading = true;
      try {
        const fh = await open(file, 'r');
        try {
          const { size } = await fh.stat();
          if (size > position) {
            const buf = Buffer.alloc(size - position);
            await fh.read(buf, 0, buf.length, position);
            position = size;
            seen += buf.toString('utf8');
          }
        } finally {
          await fh.close();
        }
        if (patterns.failed.test(seen)) done(new Error('Neo4j failed to start'));
        else if (patterns.ready.test(seen)) done();
      } catch (err) {
        done(err as Error);
      } finally {
        reading = false;
        if (again) {
          again = false;
          void check();
        }
      }
    }
    void check();
  });
}
