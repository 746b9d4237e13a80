import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Where the built dashboard lives (git-ignored) and what the API serves at /. */
export function dashboardDir(root: string): string {
  return path.join(root, 'dist', 'web');
}

const STAMP = '.source-hash';

/**
 * A hash of everything the bundle is made from (web/ and the lock file), so "stale" means "the
 * sources changed", not "a file is newer" (a fresh clone has all-new mtimes).
 */
export async function dashboardSourceHash(root: string): Promise<string> {
  const hash = createHash('sha256');
  const walk = async (dir: string): Promise<string[]> => {
    const out: string[] = [];
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) out.push(...(await walk(full)));
      else if (entry.isFile()) out.push(full);
    }
    return out;
  };
  for (const file of [...(await walk(path.join(root, 'web'))), path.join(root, 'package-lock.json')]) {
    hash
      .update(path.relative(root, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

export async function dashboardIsFresh(root: string): Promise<boolean> {
  try {
    return (await readFile(path.join(dashboardDir(root), STAMP), 'utf8')).trim() === (await dashboardSourceHash(root));
  } catch {
    return false;
  }
}

/**
 * Builds web/ into dist/web with Vite (a dev dependency, loaded only here). `ifStale` skips the
 * build when the stamp matches the sources. Returns whether it built.
 */
export async function buildDashboard(root: string, opts: { ifStale?: boolean } = {}): Promise<boolean> {
  if (opts.ifStale && (await dashboardIsFresh(root))) return false;
  const hash = await dashboardSourceHash(root);
  const { build } = await import('vite');
  const outDir = dashboardDir(root);
  await build({
    configFile: false,
    root: path.join(root, 'web'),
    base: '/',
    logLevel: 'warn',
    publicDir: path.join(root, 'web', 'public'),
    build: {
      outDir,
      emptyOutDir: true,
      // cytoscape is most of the bundle; one file of ~0.5 MB is fine for a local tool
      chunkSizeWarningLimit: 1500,
      target: 'es2022',
    },
  });
  await mkdir(outDir, { recursive: true });
  await writeFile(path.join(outDir, STAMP), `${hash}\n`);
  return true;
}
