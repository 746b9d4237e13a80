import { readFile, stat } from 'node:fs/promises';
import { MAX_DOCUMENT_BYTES, tooLarge } from './decode-text.ts';
import { STDIN, type DocumentFormat } from './document-format.ts';
import { InputError } from './input-error.ts';
import type { FileMeta } from './metadata.ts';

export interface InputFile {
  path: string;
  bytes: Buffer;
  /** how to read the bytes when the path has no extension that says (a fetched page's Content-Type) */
  format?: DocumentFormat;
  /** the document's address, over what the content says (a fetched page: the address that answered) */
  url?: string;
  /** metadata used where the content and the overrides say nothing (a feed item's title and date) */
  fallback?: Partial<FileMeta>;
}

/**
 * Reads a path from expandPaths (or "-" for stdin). Checks the size before reading, so a
 * multi-gigabyte file named by mistake costs a stat, not the memory.
 */
export async function readInput(
  path: string,
  maxBytes = MAX_DOCUMENT_BYTES,
  stdin: NodeJS.ReadableStream = process.stdin,
): Promise<InputFile> {
  if (path === STDIN) {
    try {
      return { path, bytes: await readStream(stdin, maxBytes) };
    } catch (err) {
      throw new InputError(path, `cannot read standard input (${(err as Error).message})`, 'unreadable', {
        cause: err,
      });
    }
  }
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError(path, 'not a regular file', 'unreadable');
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    return { path, bytes: await readFile(path) };
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT'
        ? 'no such file or folder'
        : code === 'EACCES'
          ? 'permission denied'
          : `cannot read (${code ?? String(err)})`;
    throw new InputError(path, reason, 'unreadable', { cause: err });
  }
}

/** Stops collecting one byte past the limit: enough for decodeText to reject it, no more. */
async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(buf);
    size += buf.length;
    if (size > maxBytes) break;
  }
  return Buffer.concat(chunks);
}
