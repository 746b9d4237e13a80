import { EventEmitter } from 'node:events';
import type { ChildProcess } from 'node:child_process';

export interface Closed {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * What a child process prints, and a wait for a line of it: tests wait on what the process says
 * (a URL, a pause, a signal acknowledged), never on a deadline, because a loaded machine makes every
 * step slow but not wrong. `waitFor` looks in stdout and in stderr, each on its own (so `^` in a
 * multiline pattern is a line start of that stream), and rejects with everything printed if the
 * process ends first.
 */
export function watchOutput(child: ChildProcess) {
  let stdout = '';
  let stderr = '';
  let both = '';
  const changed = new EventEmitter();
  // decoded per stream, so a character split across two chunks stays whole
  child.stdout?.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    both += d;
    changed.emit('output');
  });
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
    both += d;
    changed.emit('output');
  });
  const closed = new Promise<Closed>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );

  const find = (pattern: RegExp | string): RegExpExecArray | string | null => {
    if (typeof pattern === 'string') return stdout.includes(pattern) || stderr.includes(pattern) ? pattern : null;
    return pattern.exec(stdout) ?? pattern.exec(stderr);
  };
  function waitFor(pattern: RegExp): Promise<RegExpExecArray>;
  function waitFor(pattern: string): Promise<string>;
  function waitFor(pattern: RegExp | string): Promise<RegExpExecArray | string> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = find(pattern);
        if (found === null) return false;
        changed.off('output', check);
        resolve(found);
        return true;
      };
      if (check()) return;
      changed.on('output', check);
      void closed.then(({ code, signal }) => {
        if (!check())
          reject(
            new Error(
              `the process ended (code ${code}, signal ${signal}) before printing ${String(pattern)}:\n${both}`,
            ),
          );
      });
    });
  }
  /** stdout and stderr interleaved as they came */
  const output = () => both;
  return { output, stdout: () => stdout, waitFor, closed };
}
