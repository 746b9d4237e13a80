// JSON.stringify(value, null, 2) handed out a few lines at a time: a 5 MB text's extraction is a
// JSON text of 30-40 MB, and building it whole (then a copy with its newline, then the bytes
// written) cost more memory than the extraction. Objects and arrays down to `depth` levels are written
// member by member; deeper values with JSON.stringify, indented to their place. The text is the
// same as JSON.stringify's, character for character, for data (no toJSON or replacer is asked for).

const INDENT = '  ';

/** Chunks of whole lines (no newline at their end) which, joined by newlines, are JSON.stringify(value, null, 2). */
export function* jsonLines(value: unknown, depth = 4): Generator<string> {
  yield* member('', value, '', '', depth);
}

/**
 * The same lines joined into pieces of about `size` characters (whole lines, no newline at their end): fewer writes.
 */
export function* jsonPieces(value: unknown, size = 1 << 20): Generator<string> {
  let piece: string[] = [];
  let length = 0;
  for (const line of jsonLines(value)) {
    piece.push(line);
    length += line.length + 1;
    if (length < size) continue;
    yield piece.join('\n');
    piece = [];
    length = 0;
  }
  if (piece.length > 0) yield piece.join('\n');
}

/** One value written at an indentation, after `lead` ('"key": ' or nothing) and before `tail` (',' or nothing). */
function* member(indent: string, value: unknown, lead: string, tail: string, depth: number): Generator<string> {
  const container =
    value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  const entries = container ? children(value as object) : [];
  if (!container || depth === 0 || entries.length === 0) {
    yield `${indent}${lead}${indented(JSON.stringify(value, null, 2) ?? 'null', indent)}${tail}`;
    return;
  }
  const array = Array.isArray(value);
  yield `${indent}${lead}${array ? '[' : '{'}`;
  for (let i = 0; i < entries.length; i++) {
    const [key, child] = entries[i]!;
    yield* member(
      indent + INDENT,
      child,
      array ? '' : `${JSON.stringify(key)}: `,
      i < entries.length - 1 ? ',' : '',
      depth - 1,
    );
  }
  yield `${indent}${array ? ']' : '}'}${tail}`;
}

/** The members JSON.stringify writes: every array element; an object's own keys whose value it can write. */
function children(value: object): [string, unknown][] {
  if (Array.isArray(value)) return value.map((v, i) => [String(i), writable(v) ? v : null]);
  return Object.entries(value).filter(([, v]) => writable(v));
}

function writable(v: unknown): boolean {
  return v !== undefined && typeof v !== 'function' && typeof v !== 'symbol';
}

function indented(text: string, indent: string): string {
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}
