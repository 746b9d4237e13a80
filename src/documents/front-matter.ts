import { parseDocument } from 'yaml';
import { InputError } from './input-error.ts';

export interface FrontMatterSplit {
  /** the parsed mapping, or null when the text has no front matter */
  data: Record<string, unknown> | null;
  /** exactly the characters after the closing `---` line (its line break included in the cut) */
  body: string;
}

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^---[ \t]*$/;

/**
 * Splits optional YAML front matter (Jekyll/Hugo style: a `---` first line, YAML, a `---` line)
 * from the text. The body is cut, never rewritten, so offsets into it match the gold files.
 */
export function splitFrontMatter(file: string, text: string): FrontMatterSplit {
  const opening = OPENING.exec(text);
  if (!opening) return { data: null, body: text };

  let pos = opening[0].length;
  while (pos <= text.length) {
    const nl = text.indexOf('\n', pos);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(pos, end).replace(/\r$/, '');
    if (CLOSING.test(content)) {
      const yamlText = text.slice(opening[0].length, pos);
      return { data: parseYaml(file, yamlText), body: nl === -1 ? '' : text.slice(nl + 1) };
    }
    if (nl === -1) break;
    pos = nl + 1;
  }
  throw new InputError(
    file,
    `front matter opened on line 1 is never closed (no '---' line after it)`,
    'bad-front-matter',
  );
}

/** The front matter's first YAML line is line 2 of the file. */
const FIRST_YAML_LINE = 2;

function parseYaml(file: string, yamlText: string): Record<string, unknown> {
  // prettyErrors computes linePos, which we turn into a file line. The default (core) schema keeps
  // 2026-02-15 a string, so impossible dates are caught by our own check instead of being rolled over by Date.
  const doc = parseDocument(yamlText, { uniqueKeys: true, prettyErrors: true });
  const error = doc.errors[0];
  if (error) {
    const fileLine = (error.linePos?.[0]?.line ?? 1) + FIRST_YAML_LINE - 1;
    const what = error.message.split(/ at line \d+/)[0];
    throw new InputError(file, `front matter: YAML error on line ${fileLine}: ${what}`, 'bad-front-matter', {
      cause: error,
    });
  }
  const data: unknown = doc.toJS();
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(file, 'front matter must be a YAML mapping (key: value lines)', 'bad-front-matter');
  }
  return data as Record<string, unknown>;
}
