import { InputError } from './input-error.ts';

/**
 * The default size limit (QUOTEGRAPH_MAX_DOCUMENT_MB): larger files are almost never a single article,
 * and refusing them keeps one stray dump from stalling an ingest. Long transcripts may need more.
 */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** Share of control characters above which a NUL-free file is still treated as binary. */
const CONTROL_CHAR_RATIO = 0.05;
/** Looking at the start is enough to tell text from binary and keeps the check cheap on large files. */
const SNIFF_BYTES = 64 * 1024;

/**
 * Turns raw file bytes into text, or throws InputError saying why the file is not an article.
 * The text is returned exactly as stored, minus a UTF-8 BOM: no CRLF normalisation, because gold
 * annotations and evidence spans are offsets into the text as the author saved it.
 */
export function decodeText(file: string, bytes: Uint8Array, maxBytes = MAX_DOCUMENT_BYTES): string {
  if (bytes.length > maxBytes) throw tooLarge(file, bytes.length, maxBytes);
  if (bytes.length === 0) throw new InputError(file, 'file is empty', 'empty');
  // UTF-16 text is full of NUL bytes; say what it is rather than calling it binary.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new InputError(file, 'file is UTF-16 encoded; save it as UTF-8', 'not-utf8');
  }
  const binary = binaryReason(bytes);
  if (binary) throw new InputError(file, binary, 'binary');

  let text: string;
  try {
    // ignoreBOM keeps the BOM in the output so that we strip it ourselves, visibly, below.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch (cause) {
    throw new InputError(file, `not valid UTF-8 (first bad byte at offset ${firstInvalidUtf8(bytes)})`, 'not-utf8', {
      cause,
    });
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') throw new InputError(file, 'file contains only whitespace', 'empty');
  return text;
}

function binaryReason(bytes: Uint8Array): string | null {
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b === 0) return `binary file (NUL byte at offset ${i})`;
    // Tab, LF, VT, FF and CR occur in real text; other C0 controls and DEL do not.
    if ((b < 0x20 && (b < 0x09 || b > 0x0d)) || b === 0x7f) control++;
  }
  if (control / n > CONTROL_CHAR_RATIO) {
    return `binary file (${control} control characters in the first ${n} bytes)`;
  }
  return null;
}

/** Byte offset of the first invalid UTF-8 sequence, so the user can find it with a hex editor. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // Binary search on prefixes; a prefix that ends mid-sequence is reported as valid by stream mode.
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid + 1), { stream: true });
      lo = mid + 1;
    } catch {
      hi = mid;
    }
  }
  return lo;
}

export function tooLarge(file: string, size: number, maxBytes = MAX_DOCUMENT_BYTES): InputError {
  return new InputError(
    file,
    `file is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (QUOTEGRAPH_MAX_DOCUMENT_MB raises it)`,
    'too-large',
  );
}

export function formatSize(n: number): string {
  return n < 100 * 1024 ? `${(n / 1024).toFixed(1)} KB` : `${(n / 1024 / 1024).toFixed(1)} MB`;
}
