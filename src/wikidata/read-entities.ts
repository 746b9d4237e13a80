import { AppError } from '../errors/app-error.ts';
import type { WikidataEntity } from './entity-json.ts';
import { type Bzip2Decoder, readLines } from './open-lines.ts';

/** Where an entity came from: for progress and for error messages. */
export interface ReadEntity {
  entity: WikidataEntity;
  file: string;
  line: number;
}

/**
 * Streams the Wikidata entities of a file in Wikidata's own JSON, one line at a time (bounded
 * memory: a 100 M-entity dump is never held whole). Three shapes are read, told apart line by line:
 * - the official full dump (latest-all.json[.gz|.bz2]): `[`, one entity per line ending in `,`, `]`;
 * - JSON lines: one entity per line;
 * - Special:EntityData's answer for one entity (`{"entities":{"Q42":{…}}}`, on one line as served).
 * A line that is not JSON, or JSON that is not an entity, stops the read with an error naming the
 * file and the line number.
 */
export async function* readEntities(file: string, bzip2: Bzip2Decoder = 'auto'): AsyncGenerator<ReadEntity> {
  try {
    for await (const { line, number } of readLines(file, bzip2)) {
      const text = entityText(line);
      if (text === null) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        throw malformed(file, number, (err as Error).message);
      }
      for (const entity of entitiesIn(value, file, number)) yield { entity, file, line: number };
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw new AppError('BAD_USER_INPUT', `${file}: cannot read: ${(err as Error).message}`, { file }, { cause: err });
  }
}

/** The JSON text of a line, or null for the dump's framing (`[`, `]`) and blank lines. */
function entityText(line: string): string | null {
  let text = line.trim();
  if (text === '' || text === '[' || text === ']') return null;
  if (text.endsWith(',')) text = text.slice(0, -1);
  return text;
}

function entitiesIn(value: unknown, file: string, line: number): WikidataEntity[] {
  if (isEntity(value)) return [value];
  const wrapped = (value as { entities?: unknown } | null)?.entities;
  if (wrapped && typeof wrapped === 'object') {
    const found = Object.values(wrapped);
    if (found.every(isEntity)) return found;
  }
  throw malformed(file, line, 'not a Wikidata entity (no "id" and "type") nor {"entities": {…}}');
}

const isEntity = (v: unknown): v is WikidataEntity =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { type?: unknown }).type === 'string';

const malformed = (file: string, line: number, reason: string) =>
  new AppError('BAD_USER_INPUT', `${file}:${line}: malformed Wikidata entity line: ${reason}`, { file, line });
