import { InputError } from './input-error.ts';
import { metaFromRecord, type FileMeta } from './metadata.ts';

export interface JsonRecordResult {
  /** "#2" for the third element of an array, ":7" for line 7 of a .jsonl file, "" for a lone record */
  locator: string;
  meta: FileMeta;
  body: string;
}

/** Field names that hold the article text, first present wins (feeds differ). */
const TEXT_KEYS = ['text', 'body', 'content'] as const;

/** A .json file: one record object, or an array of them. */
export function readJson(file: string, text: string): JsonRecordResult[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (cause) {
    throw new InputError(file, `not valid JSON (${jsonErrorWhere(text, cause)})`, 'bad-json', { cause });
  }
  if (Array.isArray(data)) {
    if (data.length === 0) throw new InputError(file, 'the JSON array holds no records', 'empty');
    return data.map((record, i) => fromRecord(file, record, `record ${i}`, `#${i}`));
  }
  return [fromRecord(file, data, 'record', '')];
}

/** A .jsonl file: one record per line; blank lines are allowed (editors add a trailing one). */
export function readJsonLines(file: string, text: string): JsonRecordResult[] {
  const out: JsonRecordResult[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    let data: unknown;
    try {
      data = JSON.parse(line);
    } catch (cause) {
      throw new InputError(file, `line ${i + 1}: not valid JSON (${(cause as Error).message})`, 'bad-json', { cause });
    }
    out.push(fromRecord(file, data, `line ${i + 1}`, `:${i + 1}`));
  });
  if (out.length === 0) throw new InputError(file, 'the file holds no records', 'empty');
  return out;
}

/** One record (an object with a text field and metadata fields) as a document, or an InputError naming `where`. */
export function fromRecord(file: string, data: unknown, where: string, locator: string): JsonRecordResult {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new InputError(file, `${where}: expected an object with a "text" field`, 'bad-record');
  }
  const record = data as Record<string, unknown>;
  const key = TEXT_KEYS.find((k) => record[k] !== undefined && record[k] !== null);
  const body = key === undefined ? undefined : record[key];
  if (typeof body !== 'string' || body.trim() === '') {
    const why = key === undefined ? 'has no text' : `has an empty or non-text "${key}"`;
    throw new InputError(file, `${where} ${why} (expected one of ${TEXT_KEYS.join(', ')})`, 'no-text');
  }
  // Records carry their own BOM-free text; the body is the field value exactly, for stable offsets.
  return { locator, meta: metaFromRecord(file, record, where), body };
}

/** Node 20 says "at position N"; turn that into a line and column a person can jump to. */
function jsonErrorWhere(text: string, cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  const m = /position (\d+)/.exec(message);
  if (!m) return message;
  const before = text.slice(0, Number(m[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '')} at line ${line}, column ${column}`;
}
