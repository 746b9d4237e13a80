// Imports a module of src/ from its compiled copy in build/ when that was made from the current
// sources, else from the TypeScript itself through tsx, after a one-line notice on stderr: a
// developer who edited src/ gets what they wrote, only slower (docs/decisions/0007).
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildDir, buildState, root } from './build-fingerprint.js';

let state;
let tsxRegistered = false;

/** `module` is a path under src/ without extension, e.g. 'cli/main'. */
export async function importSource(module) {
  state ??= buildState();
  if (state === 'fresh') return import(pathToFileURL(path.join(buildDir, `${module}.js`)).href);
  if (!tsxRegistered) {
    const why = state === 'missing' ? 'there is no build/' : 'src/ changed since build/ was compiled';
    process.stderr.write(
      `quotegraph: ${why} (npm run build:cli compiles it); running the TypeScript sources through tsx, ` +
        'which starts slower.\n',
    );
    const { register } = await import('tsx/esm/api');
    register();
    tsxRegistered = true;
  }
  return import(pathToFileURL(path.join(root, 'src', `${module}.ts`)).href);
}
