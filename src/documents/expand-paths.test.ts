import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expandPaths, IGNORE_FILE } from './expand-paths.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-expand-'));
  const files = [
    'b.txt',
    'a.md',
    'z/deep/c.HTML',
    'z/d.jsonl',
    'z/e.json',
    'notes.pdf',
    'image.png',
    '.hidden.txt',
    '.git/x.txt',
    'gold/g.json',
    'sub/keep.txt',
  ];
  for (const f of files) {
    await mkdir(join(dir, f, '..'), { recursive: true });
    await writeFile(join(dir, f), 'x');
  }
  await writeFile(join(dir, IGNORE_FILE), '# annotations are not articles\ngold/\n');
  // A loop back to the top must not recurse forever.
  await symlink(dir, join(dir, 'sub', 'loop'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('expandPaths', () => {
  it(
    'when given a folder, ' +
      'then its supported files are listed recursively, sorted, without hidden or ignored entries',
    async () => {
      expect(await expandPaths([dir])).toEqual(
        ['a.md', 'b.txt', 'sub/keep.txt', 'z/d.jsonl', 'z/deep/c.HTML', 'z/e.json'].map((f) => join(dir, f)),
      );
    },
  );

  it('when a folder holds files of a type it does not read, then each is reported with the reason', async () => {
    const skipped: [string, string][] = [];
    await expandPaths([dir], (file, reason) => skipped.push([file, reason]));
    expect(skipped.map(([f]) => f)).toEqual([join(dir, 'image.png'), join(dir, 'notes.pdf')]);
    expect(skipped[1]![1]).toBe('unsupported file type .pdf: reads .txt .md .html .htm .json .jsonl');
  });

  it('when given files and "-", then they keep the given order, unsupported files included', async () => {
    const pdf = join(dir, 'notes.pdf');
    const b = join(dir, 'b.txt');
    expect(await expandPaths([pdf, '-', b])).toEqual([pdf, '-', b]);
  });

  it('when a file is named twice or also reached through its folder, then it is listed once', async () => {
    const b = join(dir, 'b.txt');
    const out = await expandPaths([b, dir, b]);
    expect(out.filter((p) => p === b)).toHaveLength(1);
    expect(out[0]).toBe(b);
  });

  it('when a path does not exist, then it is passed through for the reader to report', async () => {
    const missing = join(dir, 'missing.txt');
    expect(await expandPaths([missing])).toEqual([missing]);
  });

  it('when given an empty folder, then nothing is listed', async () => {
    const empty = join(dir, 'empty');
    await mkdir(empty);
    expect(await expandPaths([empty])).toEqual([]);
  });
});
