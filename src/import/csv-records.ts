// CSV (RFC 4180: comma-separated, fields in double quotes may hold commas, line breaks and "" for a quote)
// read a record at a time from a file's lines. The first record is the header; each later record comes
// out as a JSON object of header → value, numbered by the line it starts on, so the JSON-lines readers
// read it as they read a line of a .jsonl file.

import type { NumberedLine } from './import-lines.ts';

/** The fields of one record, or null while a quoted field is still open at the end of `text`. */
export function csvFields(text: string): string[] | null {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
    i++;
  }
  if (quoted) return null;
  fields.push(field);
  return fields;
}

/** how many physical lines one record may span before the file is taken to have an unclosed quote */
const MAX_LINES_PER_RECORD = 100_000;

/**
 * The records of a CSV file's lines as JSON object lines. A record whose field count differs from the
 * header's comes out as a line the JSON reader refuses, naming the counts; an unclosed quote ends the file
 * with such a line.
 */
export async function* csvRecords(lines: AsyncIterable<NumberedLine>): AsyncGenerator<NumberedLine> {
  let header: string[] | null = null;
  let pending: string[] = [];
  let startsAt = 0;
  for await (const { line, number } of lines) {
    if (!pending.length) startsAt = number;
    pending.push(line.replace(/\r$/, ''));
    const fields = csvFields(pending.join('\n'));
    if (!fields && pending.length < MAX_LINES_PER_RECORD) continue;
    pending = [];
    if (!fields) {
      yield { line: `not a record: a quoted field opened on line ${startsAt} is never closed`, number: startsAt };
      return;
    }
    if (!header) {
      header = fields.map((f) => f.trim().replace(/^\uFEFF/, ''));
      continue;
    }
    if (fields.length === 1 && fields[0] === '') continue;
    if (fields.length !== header.length) {
      yield { line: `not a record: ${fields.length} fields where the header has ${header.length}`, number: startsAt };
      continue;
    }
    const record: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name && fields[i] !== '') record[name] = fields[i]!;
    });
    yield { line: JSON.stringify(record), number: startsAt };
  }
  if (pending.length)
    yield { line: `not a record: a quoted field opened on line ${startsAt} is never closed`, number: startsAt };
}
