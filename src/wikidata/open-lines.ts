/// <reference path="./unbzip2-stream.d.ts" />
import { spawn, spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { PassThrough, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import unbzip2Stream from 'unbzip2-stream';

/**
 * How .bz2 is decompressed: `command` runs the system's `bzip2 -dc` (native: about twice as fast as
 * the library here, and it stops when the reader falls behind); `library` is unbzip2-stream (pure
 * JS, no system tool). It decompresses every block of the compressed input it holds in one go, so
 * its memory grows with the compression ratio: about 400 MB for a 232 MB file of very repetitive
 * generated entities (ratio 200:1), bounded but not small. `auto`: the command when it exists.
 */
export type Bzip2Decoder = 'auto' | 'command' | 'library';

let bzip2Present: boolean | undefined;
const hasBzip2Command = () => {
  bzip2Present ??= spawnSync('bzip2', ['--help']).error === undefined;
  return bzip2Present;
};

/** The decompressor a file's name asks for: .gz (zlib), .bz2 (see Bzip2Decoder) or none. */
export function openDecompressed(file: string, bzip2: Bzip2Decoder = 'auto'): Readable {
  const lower = file.toLowerCase();
  if (lower.endsWith('.bz2') && (bzip2 === 'command' || (bzip2 === 'auto' && hasBzip2Command()))) {
    return bzip2Command(file);
  }
  const raw = createReadStream(file);
  if (lower.endsWith('.gz')) return pipeWithErrors(raw, createGunzip());
  if (lower.endsWith('.bz2')) return pipeWithErrors(raw, unbzip2Stream());
  return raw;
}

/** pipe() does not forward errors: a read error or corrupt compressed data must reach the reader. */
function pipeWithErrors(from: Readable, to: NodeJS.ReadWriteStream & Readable): Readable {
  from.on('error', (err) => to.destroy(err));
  return from.pipe(to);
}

/** `bzip2 -dc FILE` as a stream; a failure (missing file, corrupt data) ends it with bzip2's message. */
function bzip2Command(file: string): Readable {
  const child = spawn('bzip2', ['-dc', '--', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  const out = new PassThrough();
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => {
    stderr += d.slice(0, 2000);
  });
  child.stdout.pipe(out, { end: false });
  child.on('error', (err) => out.destroy(err));
  child.on('close', (code) => {
    if (code === 0) out.end();
    else out.destroy(new Error(`bzip2 -dc failed (exit ${code}): ${stderr.trim() || 'no message'}`));
  });
  // the reader stopped early (an error, a break): the child goes too
  out.on('close', () => {
    if (child.exitCode === null) child.kill();
  });
  return out;
}

/**
 * The lines of a file, decompressed on the fly: one line at a time in memory (readline keeps only
 * the current line and the stream's buffer), numbered from 1.
 */
export async function* readLines(
  file: string,
  bzip2: Bzip2Decoder = 'auto',
): AsyncGenerator<{ line: string; number: number }> {
  const lines = createInterface({ input: openDecompressed(file, bzip2), crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number++;
    yield { line, number };
  }
}
