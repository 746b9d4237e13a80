import { cp, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtProjectCopy } from '../support/built-project-copy.ts';

// What `quotegraph` runs (docs/decisions/0007): build/ when it was compiled from the current src/,
// else the sources through tsx with a one-line notice. Exercised on a copy of the project, so the
// checkout's own build/ and sources are never touched.
const NOTICE = new RegExp(
  '^quotegraph: (there is no build\\/|src\\/ changed since build\\/ was compiled) \\(npm run build:cli ' +
    'compiles it\\); running the TypeScript sources through tsx, which starts slower\\.\\n$',
);
let project: Awaited<ReturnType<typeof builtProjectCopy>>;
let copy: string;

const help = () => project.run([path.join(copy, 'bin', 'quotegraph.js'), '--help']);
const buildIfStale = () => project.run([path.join(copy, 'scripts', 'build-cli.js'), '--if-stale']);

describe('the compiled command', () => {
  beforeAll(async () => {
    project = await builtProjectCopy();
    copy = project.dir;
  });

  afterAll(async () => {
    await project?.remove();
  });

  it(
    'when build/ matches src/, ' + 'then --help runs it with no notice, also after a source is touched but not changed',
    async () => {
      const fresh = help();
      expect(fresh.status).toBe(0);
      expect(fresh.stderr).toBe('');
      expect(fresh.stdout).toContain('extract FILE|URL...');

      const main = path.join(copy, 'src', 'cli', 'main.ts');
      const was = await stat(main);
      await utimes(main, new Date(), new Date(Date.now() + 5_000));
      try {
        const touched = help();
        expect(touched.stderr).toBe('');
        expect(touched.stdout).toBe(fresh.stdout);
      } finally {
        await utimes(main, was.atime, was.mtime);
      }
    },
  );

  it('when there is no build/, then the sources list the same commands and it says why, in one line', async () => {
    const built = help();
    await rename(path.join(copy, 'build'), path.join(copy, 'build-aside'));
    try {
      const fromSources = help();
      expect(fromSources.status).toBe(0);
      expect(fromSources.stderr).toMatch(NOTICE);
      expect(fromSources.stderr).toContain('there is no build/');
      expect(fromSources.stdout).toBe(built.stdout);
    } finally {
      await rename(path.join(copy, 'build-aside'), path.join(copy, 'build'));
    }
  });

  it(
    'when a source changed after the build, ' +
      'then the edit runs at once through tsx, and build-cli --if-stale compiles it in',
    async () => {
      const main = path.join(copy, 'src', 'cli', 'main.ts');
      const original = await readFile(main, 'utf8');
      const edited = original.replace(
        "'quotegraph: a quote-and-timeline knowledge graph on Neo4j'",
        "'quotegraph (edited): a quote-and-timeline knowledge graph on Neo4j'",
      );
      expect(edited).not.toBe(original);
      await cp(path.join(copy, 'build'), path.join(copy, 'build-before-edit'), {
        recursive: true,
        preserveTimestamps: true,
      });
      const mtime = (await stat(main)).mtime;
      await writeFile(main, edited);
      try {
        const stale = help();
        expect(stale.status).toBe(0);
        expect(stale.stderr).toMatch(NOTICE);
        expect(stale.stderr).toContain('src/ changed since build/ was compiled');
        expect(stale.stdout).toContain('quotegraph (edited)');

        const rebuilt = buildIfStale();
        expect(rebuilt.status, rebuilt.stderr).toBe(0);
        expect(rebuilt.stderr).toContain('Compiled src/ into build/');
        const fast = help();
        expect(fast.stderr).toBe('');
        expect(fast.stdout).toContain('quotegraph (edited)');
        // nothing changed since: --if-stale leaves build/ alone
        expect(buildIfStale().stderr).toBe('');
      } finally {
        await writeFile(main, original);
        await utimes(main, mtime, mtime);
        await rm(path.join(copy, 'build'), { recursive: true, force: true });
        await rename(path.join(copy, 'build-before-edit'), path.join(copy, 'build'));
      }
    },
  );
});
