import type { DocumentMeta } from '../extract/types.ts';
import { decodeText, MAX_DOCUMENT_BYTES } from './decode-text.ts';
import { formatFromPath, sniffFormat, STDIN, SUPPORTED_EXTENSIONS, type DocumentFormat } from './document-format.ts';
import { splitFrontMatter } from './front-matter.ts';
import { readHtml } from './html-document.ts';
import { InputError } from './input-error.ts';
import { readJson, readJsonLines } from './json-records.ts';
import { applyOverrides, emptyFileMeta, metaFromRecord, type FileMeta } from './metadata.ts';
import type { InputFile } from './read-input.ts';
import type { SourceDocument } from './source-document.ts';

/**
 * Turns one input file into the documents it holds (several for .json arrays and .jsonl).
 * Throws InputError for anything that makes the file unreadable; then none of its documents
 * should be written. Overrides (CLI flags) win over what the file says.
 */
export function readDocuments(
  input: InputFile,
  overrides: Partial<DocumentMeta>,
  maxBytes = MAX_DOCUMENT_BYTES,
): SourceDocument[] {
  const file = input.path;
  const byExtension = input.format ?? (file === STDIN ? null : formatFromPath(file));
  if (file !== STDIN && byExtension === null) {
    throw new InputError(
      file,
      `unsupported file type (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
      'unsupported-extension',
    );
  }
  const text = decodeText(file, input.bytes, maxBytes);
  const format: DocumentFormat = byExtension ?? sniffFormat(text);

  const parts = readFormat(file, format, text);
  return parts.map(({ locator, meta, body }) => ({
    meta: applyOverrides(file, { source: file + locator, ...withFallback(meta, input) }, overrides),
    body,
  }));
}

/** What the input says about itself from outside the content: its address wins, the fallback fills gaps. */
function withFallback(meta: FileMeta, input: InputFile): FileMeta {
  const out: FileMeta = { ...meta };
  if (input.url) out.url = input.url;
  const fallback = input.fallback ?? {};
  for (const key of ['title', 'url', 'outlet', 'publishedAt', 'lang'] as const)
    if (out[key] == null && fallback[key] != null) out[key] = fallback[key];
  return out;
}

interface Part {
  /** distinguishes records inside one file in `meta.source` */
  locator: string;
  meta: FileMeta;
  body: string;
}

function readFormat(file: string, format: DocumentFormat, text: string): Part[] {
  switch (format) {
    case 'text':
      return [readPlainText(file, text)];
    case 'html':
      return [{ locator: '', ...readHtml(file, text) }];
    case 'json':
      return readJson(file, text);
    case 'jsonl':
      return readJsonLines(file, text);
    default: {
      const unreachable: never = format;
      throw new Error(`unhandled format ${String(unreachable)}`);
    }
  }
}

function readPlainText(file: string, text: string): Part {
  const { data, body } = splitFrontMatter(file, text);
  if (body.trim() === '') throw new InputError(file, 'no text after the front matter', 'empty');
  return { locator: '', meta: data ? metaFromRecord(file, data, 'front matter') : emptyFileMeta(), body };
}
