// Compiles src/ into build/ (git-ignored), which `quotegraph` runs so that it starts at once
// (docs/decisions/0007). npm runs it as `prepare` (so `npm ci` builds), `prestart` and the test
// setup run it with --if-stale. Plain JavaScript: it must run before anything is compiled.
//
//   node scripts/build-cli.js [--if-stale]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir, buildInputs, buildState, fingerprint, FINGERPRINT, root } from '../bin/build-fingerprint.js';

/**
 * Builds unless `ifStale` and build/ matches the sources. Returns 'fresh' (nothing to do), 'built',
 * or 'no-typescript' (a production install without dev dependencies: the CLI then runs the sources
 * through tsx). Throws when the compiler fails.
 */
export function buildCli({ ifStale = false, say = (line) => process.stderr.write(`${line}\n`) } = {}) {
  if (ifStale && buildState() === 'fresh') return 'fresh';
  let tsc;
  try {
    tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  } catch {
    say(
      'TypeScript is not installed (npm ci --omit=dev?): quotegraph runs its sources through tsx, which starts slower.',
    );
    return 'no-typescript';
  }
  const started = Date.now();
  // Recorded before compiling: a file edited while tsc runs leaves the build stale, not wrongly fresh.
  const inputs = fingerprint(buildInputs());
  // A sibling of build/ (same depth, so paths relative to import.meta.url reach data/ and cypher/
  // from here too), swapped in whole: a command starting meanwhile sees the old build or none.
  const next = path.join(root, `build.next-${process.pid}`);
  rmSync(next, { recursive: true, force: true });
  try {
    run(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json'), '--outDir', next]);
    for (const file of Object.keys(inputs).filter((f) => f.startsWith('src/') && f.endsWith('.json'))) {
      const to = path.join(next, path.relative('src', file));
      mkdirSync(path.dirname(to), { recursive: true });
      cpSync(path.join(root, file), to);
    }
    // `--help` lists the commands from this manifest instead of loading every command's module.
    const catalog = pathToFileURL(path.join(next, 'cli', 'command-catalog.js')).href;
    run(process.execPath, [
      '--input-type=module',
      '-e',
      `await (await import(${JSON.stringify(catalog)})).writeCommandManifest()`,
    ]);
    writeFileSync(path.join(next, FINGERPRINT), `${JSON.stringify({ files: inputs }, null, 1)}\n`);
    swapIn(next);
  } finally {
    rmSync(next, { recursive: true, force: true });
  }
  say(`Compiled src/ into build/ in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  return 'built';
}

function run(command, args) {
  const out = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  if (out.status !== 0)
    throw new Error(
      `could not build the CLI: ${[out.stdout, out.stderr, out.error?.message].filter(Boolean).join('\n').trim()}`,
    );
}

function swapIn(next) {
  const old = `${buildDir}.old-${process.pid}`;
  try {
    renameSync(buildDir, old);
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  try {
    renameSync(next, buildDir);
  } catch (err) {
    // another build swapped its own in first: keep that one (both were made from these sources)
    if (err.code !== 'ENOTEMPTY' && err.code !== 'EEXIST') throw err;
  }
  rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    buildCli({ ifStale: process.argv.includes('--if-stale') });
  } catch (err) {
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  }
}
