// What build/ was compiled from, and whether the sources are still the same (docs/decisions/0007).
// Plain JavaScript on purpose: the `quotegraph` command checks this before it can load any
// TypeScript, and npm's prestart runs it without tsx.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export const root = path.resolve(import.meta.dirname, '..');
export const buildDir = path.join(root, 'build');
export const FINGERPRINT = '.fingerprint.json';

/** The files build/ is made from: src/ without its tests, plus what decides how it is compiled. */
export function buildInputs() {
  const src = readdirSync(path.join(root, 'src'), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && isCompiled(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath ?? e.path, e.name)));
  return [...src, 'tsconfig.json', 'tsconfig.build.json', 'scripts/build-cli.js'].sort();
}

/** TypeScript sources are compiled; JSON beside them (language packs) is read at run time and copied. */
export function isCompiled(name) {
  return (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) || name.endsWith('.json');
}

/** Size, mtime and content hash of each input, as the build records them. */
export function fingerprint(files = buildInputs()) {
  return Object.fromEntries(
    files.map((file) => {
      const full = path.join(root, file);
      const { size, mtimeMs } = statSync(full);
      return [file, { size, mtimeMs, sha1: sha1(full) }];
    }),
  );
}

/**
 * 'fresh', 'missing' or 'stale'. Like git's index: a file whose size and mtime match the record
 * is taken as unchanged; only a file with a new mtime (a checkout, a copy) is read and hashed, so a
 * touched but equal file does not make the build stale.
 */
export function buildState(dir = buildDir) {
  let recorded;
  try {
    recorded = JSON.parse(readFileSync(path.join(dir, FINGERPRINT), 'utf8')).files;
  } catch {
    return 'missing';
  }
  const files = buildInputs();
  if (files.length !== Object.keys(recorded).length) return 'stale';
  for (const file of files) {
    const was = recorded[file];
    if (!was) return 'stale';
    const full = path.join(root, file);
    let now;
    try {
      now = statSync(full);
    } catch {
      return 'stale';
    }
    if (now.size !== was.size) return 'stale';
    if (now.mtimeMs !== was.mtimeMs && sha1(full) !== was.sha1) return 'stale';
  }
  return 'fresh';
}

function sha1(file) {
  return createHash('sha1').update(readFileSync(file)).digest('hex');
}
