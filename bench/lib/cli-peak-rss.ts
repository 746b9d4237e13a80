// `quotegraph extract FILE --format json` as a user runs it, in its own process: wall seconds and
// the process's peak resident memory (getrusage's maxRSS, reported by the process itself at exit).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config.ts';
import { round } from './stats.ts';

export interface CliFigure {
  megabytes: number;
  seconds: number;
  peakRssMb: number;
}

export function measureCliExtract(text: string): CliFigure {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'quotegraph-cli-rss-'));
  try {
    const file = path.join(dir, 'joined.txt');
    writeFileSync(file, text);
    const bin = path.join(projectRoot(), 'bin', 'quotegraph.js');
    // `node -e` leaves no script in argv[1]: put one there, as the bin expects its arguments from argv[2]
    const child =
      `process.on('exit', () => process.stderr.write('maxrss ' + process.resourceUsage().maxRSS + '\\n'));` +
      ` process.argv.splice(1, 0, ${JSON.stringify(bin)}); await import(${JSON.stringify(bin)});`;
    const sizeMb = Math.ceil(Buffer.byteLength(text) / 1e6) + 1;
    const started = performance.now();
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', child, 'extract', file, '--format', 'json'], {
      env: { ...process.env, QUOTEGRAPH_MAX_DOCUMENT_MB: String(sizeMb) },
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
    const seconds = (performance.now() - started) / 1000;
    const kb = /maxrss (\d+)/.exec(r.stderr)?.[1];
    if (r.status !== 0 || !kb) throw new Error(`quotegraph extract exited with ${r.status}: ${r.stderr.slice(-500)}`);
    return {
      megabytes: round(Buffer.byteLength(text) / 1e6, 3),
      seconds: round(seconds, 2),
      peakRssMb: round(Number(kb) / 1024, 1),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
