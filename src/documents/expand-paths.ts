import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { extname } from 'node:path';
import { formatFromPath, STDIN, SUPPORTED_EXTENSIONS } from './document-format.ts';
import { isWebAddress } from './web-address.ts';

/**
 * A folder may list entries to skip, one name per line, in this file. data/sample uses it to keep
 * its gold/*.json annotations from being ingested as articles.
 */
export const IGNORE_FILE = '.quotegraphignore';

/**
 * Files named on the command line, in order; folders expanded recursively to their supported
 * files, sorted by code unit (the same order on every machine and locale); "-" kept for stdin, web
 * addresses kept as they are (readSource fetches them).
 * A path that does not exist is passed through unchanged so that reading it reports the error for
 * that one path instead of aborting the whole run. Explicitly named files are kept whatever their
 * extension, so the user hears "unsupported file type" rather than silence; a file a folder holds in a
 * type quotegraph does not read is passed to `onSkip` with the reason (hidden entries and those the
 * folder's .quotegraphignore lists are left out on purpose and not reported).
 */
export async function expandPaths(
  paths: string[],
  onSkip: (file: string, reason: string) => void = () => {},
): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (p: string, key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    out.push(p);
  };

  for (const p of paths) {
    if (p === STDIN || isWebAddress(p)) {
      add(p, p);
      continue;
    }
    const info = await stat(p).catch(() => null);
    if (info?.isDirectory()) {
      const skipped: string[] = [];
      for (const f of (await walkFolder(p, new Set(), skipped)).sort(byCodeUnit)) add(f, await realpath(f));
      for (const f of skipped.sort(byCodeUnit))
        onSkip(f, `unsupported file type ${extname(f) || '(none)'}: reads ${SUPPORTED_EXTENSIONS.join(' ')}`);
    } else {
      add(p, info ? await realpath(p) : resolve(p));
    }
  }
  return out;
}

/** Hidden entries (.git, .DS_Store) are skipped; `visited` stops symlink loops. */
async function walkFolder(dir: string, visited: Set<string>, skipped: string[]): Promise<string[]> {
  const real = await realpath(dir);
  if (visited.has(real)) return [];
  visited.add(real);

  const ignored = await readIgnoreFile(dir);
  const entries = await readdir(dir, { withFileTypes: true });
  const files: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || ignored.has(entry.name)) continue;
    const full = join(dir, entry.name);
    // Dirent says "symlink" for links; stat tells where they lead.
    const info = entry.isSymbolicLink() ? await stat(full).catch(() => null) : entry;
    if (info?.isDirectory()) files.push(...(await walkFolder(full, visited, skipped)));
    else if (info?.isFile()) (formatFromPath(full) !== null ? files : skipped).push(full);
  }
  return files;
}

async function readIgnoreFile(dir: string): Promise<Set<string>> {
  const text = await readFile(join(dir, IGNORE_FILE), 'utf8').catch(() => '');
  return new Set(
    text
      .split(/\r?\n/)
      .map((l) => l.trim().replace(/\/$/, ''))
      .filter((l) => l !== '' && !l.startsWith('#')),
  );
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
