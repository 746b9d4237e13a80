import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { cp, mkdtemp, rm, symlink } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config.ts';

/**
 * A copy of what the `quotegraph` command is made of (bin/, src/, data/, the build script and its
 * configuration; node_modules linked), compiled as `npm ci` compiles it. Tests of the build and of
 * start-up work on it, so neither the checkout's build/ nor edits made there meanwhile matter.
 */
export async function builtProjectCopy(): Promise<{
  dir: string;
  run: (args: string[]) => SpawnSyncReturns<string>;
  remove: () => Promise<void>;
}> {
  const root = projectRoot();
  const dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-build-'));
  const remove = () => rm(dir, { recursive: true, force: true });
  // data/: the build lists the commands by loading them, and the extractor reads its lexicons then
  for (const part of [
    'bin',
    'src',
    'data',
    'scripts/build-cli.js',
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
  ]) {
    await cp(path.join(root, part), path.join(dir, part), { recursive: true, preserveTimestamps: true });
  }
  await symlink(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  const run = (args: string[]) =>
    spawnSync(process.execPath, args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '', TZ: 'UTC' } });
  const built = run([path.join(dir, 'scripts', 'build-cli.js')]);
  if (built.status !== 0) {
    await remove();
    throw new Error(`scripts/build-cli.js failed on a copy of the project: ${built.stderr}`);
  }
  return { dir, run, remove };
}
