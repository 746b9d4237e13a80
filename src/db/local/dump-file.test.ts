import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDumpTarget, checkDumpToLoad } from './dump-file.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-dump-file-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('checkDumpToLoad', () => {
  it(
    'when the file starts with a 5.x dump header or the magic of a 4.x dump, ' + 'then it passes with its size',
    async () => {
      const heads = [
        Buffer.from('DZV1rest'),
        Buffer.from('DGV1rest'),
        Buffer.from([0x28, 0xb5, 0x2f, 0xfd, 1]),
        Buffer.from([0x1f, 0x8b, 8, 0]),
      ];
      for (const [i, head] of heads.entries()) {
        const file = path.join(dir, `ok-${i}.dump`);
        await writeFile(file, head);
        await expect(checkDumpToLoad(file)).resolves.toEqual({ bytes: head.length });
      }
    },
  );

  it('when the file is missing, empty, a folder or something else, then the error names it and says why', async () => {
    const text = path.join(dir, 'notes.txt');
    const empty = path.join(dir, 'empty.dump');
    await writeFile(text, 'DZ not quite a dump');
    await writeFile(empty, '');
    await expect(checkDumpToLoad(path.join(dir, 'gone.dump'))).rejects.toThrow(
      `${path.join(dir, 'gone.dump')}: no such file`,
    );
    await expect(checkDumpToLoad(dir)).rejects.toThrow(`${dir}: is a directory, not a dump file`);
    await expect(checkDumpToLoad(text)).rejects.toThrow(`${text}: is not a Neo4j dump (it does not start like one)`);
    await expect(checkDumpToLoad(empty)).rejects.toThrow(`${empty}: is not a Neo4j dump (the file is empty)`);
    await expect(checkDumpToLoad(text)).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});

describe('checkDumpTarget', () => {
  it(
    'when the folder exists and the file does not, ' + 'then it passes; an existing file passes only with overwrite',
    async () => {
      const file = path.join(dir, 'new.dump');
      await expect(checkDumpTarget(file, false)).resolves.toBeUndefined();
      await writeFile(file, 'old');
      await expect(checkDumpTarget(file, false)).rejects.toThrow(`${file}: already exists; pass --force`);
      await expect(checkDumpTarget(file, true)).resolves.toBeUndefined();
    },
  );

  it(
    'when the folder is missing, is a file, or the target is a folder, ' +
      'then the error names the target and says why',
    async () => {
      const plain = path.join(dir, 'plain.txt');
      await writeFile(plain, 'x');
      const underMissing = path.join(dir, 'missing', 'a.dump');
      await expect(checkDumpTarget(underMissing, false)).rejects.toThrow(
        `${underMissing}: its folder ${path.join(dir, 'missing')} does not exist`,
      );
      await expect(checkDumpTarget(path.join(plain, 'a.dump'), false)).rejects.toThrow(
        `${path.join(plain, 'a.dump')}: ${plain} is not a folder`,
      );
      await expect(checkDumpTarget(dir, true)).rejects.toThrow(`${dir}: is a directory; name the dump file to write`);
    },
  );
});
