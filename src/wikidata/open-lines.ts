/// <reference path="./unbzip2-stream.d.ts" />
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import unbzip2Stream from 'unbzip2-stream';

/** The decompressor a file's name asks for: .gz (zlib), .bz2 (unbzip2-stream) or none. */
export function openDecompressed(file: string): Readable {
  const raw = createReadStream(file);
  const lower = file.toLowerCase();
  if (lower.endsWith('.gz')) return pipeWithErrors(raw, createGunzip());
  if (lower.endsWith('.bz2')) return pipeWithErrors(raw, unbzip2Stream());
  return raw;
}

/** pipe() does not forward errors: a read error or corrupt compressed data must reach the reader. */
function pipeWithErrors(from: Readable, to: NodeJS.ReadWriteStream & Readable): Readable {
  from.on('error', (err) => to.destroy(err));
  return from.pipe(to);
}

/**
 * The lines of a file, decompressed on the fly: one line at a time in memory (readline keeps only
 * the current line and the stream's buffer), numbered from 1.
 */
export async function* readLines(file: string): AsyncGenerator<{ line: string; number: number }> {
  const lines = createInterface({ input: openDecompressed(file), crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number++;
    yield { line, number };
  }
}
