import { constants } from 'node:fs';
import { access, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { badInput } from '../../errors/app-error.ts';

/**
 * The first bytes of the archives `neo4j-admin database load` reads: the 5.x dump headers (DZV1
 * zstd, DGV1 gzip), and the headerless zstd or gzip streams of 4.x dumps, which 5.x still loads.
 */
const DUMP_HEADERS: readonly Buffer[] = [
  Buffer.from('DZV1'),
  Buffer.from('DGV1'),
  Buffer.from([0x28, 0xb5, 0x2f, 0xfd]),
  Buffer.from([0x1f, 0x8b]),
];

/**
 * A dump to load: an existing, readable regular file that starts like a Neo4j dump. Checked before
 * the server is stopped, so a typo costs no downtime. neo4j-admin checks the rest (`load --info`).
 */
export async function checkDumpToLoad(file: string): Promise<{ bytes: number }> {
  const info = await stat(file).catch((err: NodeJS.ErrnoException) => {
    throw badInput(file, err.code === 'ENOENT' ? 'no such file' : `cannot read it (${err.code ?? err.message})`);
  });
  if (!info.isFile())
    throw badInput(file, info.isDirectory() ? 'is a directory, not a dump file' : 'is not a regular file');
  const head = Buffer.alloc(4);
  const fh = await open(file, 'r').catch((err: NodeJS.ErrnoException) => {
    throw badInput(file, `cannot read it (${err.code ?? err.message})`);
  });
  let read: number;
  try {
    ({ bytesRead: read } = await fh.read(head, 0, 4, 0));
  } finally {
    await fh.close();
  }
  if (!DUMP_HEADERS.some((h) => read >= h.length && head.subarray(0, h.length).equals(h))) {
    throw badInput(
      file,
      'is not a Neo4j dump (' +
        (read === 0 ? 'the file is empty' : 'it does not start like one') +
        `); make one with \`quotegraph db dump FILE\` or \`neo4j-admin database dump\``,
    );
  }
  return { bytes: info.size };
}

/**
 * Where a dump may go: a folder that exists and can be written, and no file there yet unless
 * `overwrite`. Checked before the server is stopped.
 */
export async function checkDumpTarget(file: string, overwrite: boolean): Promise<void> {
  const dir = path.dirname(file);
  const dirInfo = await stat(dir).catch((err: NodeJS.ErrnoException) => {
    throw badInput(
      file,
      err.code === 'ENOENT'
        ? `its folder ${dir} does not exist`
        : err.code === 'ENOTDIR'
          ? `${dir} is not a folder`
          : `cannot reach its folder ${dir} (${err.code ?? err.message})`,
    );
  });
  if (!dirInfo.isDirectory()) throw badInput(file, `${dir} is not a folder`);
  await access(dir, constants.W_OK).catch(() => {
    throw badInput(file, `the folder ${dir} is not writable`);
  });
  const existing = await stat(file).catch(() => null);
  if (existing?.isDirectory()) throw badInput(file, 'is a directory; name the dump file to write');
  if (existing && !overwrite)
    throw badInput(file, 'already exists; pass --force to replace it, or choose another name');
}
