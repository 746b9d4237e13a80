import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DOCUMENT_BYTES } from './decode-text.ts';
import { InputError } from './input-error.ts';
import { readInput } from './read-input.ts';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quotegraph-read-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function failure(run: () => Promise<unknown>): Promise<InputError> {
  try {
    await run();
  } catch (err) {
    if (err instanceof InputError) return err;
    throw err;
  }
  throw new Error('expected an InputError');
}

describe('readInput', () => {
  it('when given a file, then its bytes come back with the path', async () => {
    const path = join(dir, 'a.txt');
    await writeFile(path, 'Grüße');
    const input = await readInput(path);
    expect(input.path).toBe(path);
    expect(input.bytes.toString('utf8')).toBe('Grüße');
  });

  it('when given "-", then stdin is read', async () => {
    const input = await readInput('-', undefined, Readable.from([Buffer.from('Hallo '), Buffer.from('Welt')]));
    expect(input).toEqual({ path: '-', bytes: Buffer.from('Hallo Welt') });
  });

  it('when the file is over 5 MB, then it fails before reading it', async () => {
    const path = join(dir, 'big.txt');
    await writeFile(path, '');
    await truncate(path, MAX_DOCUMENT_BYTES + 1); // sparse: costs no disk
    const err = await failure(() => readInput(path));
    expect(err.code).toBe('too-large');
    expect(err.file).toBe(path);
  });

  it('when the path does not exist, then it fails as unreadable naming the path', async () => {
    const path = join(dir, 'missing.txt');
    const err = await failure(() => readInput(path));
    expect(err.message).toBe(`${path}: no such file or folder`);
    expect(err.code).toBe('unreadable');
  });

  it('when the path is a folder, then it fails as not a regular file', async () => {
    const err = await failure(() => readInput(dir));
    expect(err.reason).toBe('not a regular file');
  });
});
