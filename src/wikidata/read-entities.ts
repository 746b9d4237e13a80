import { AppError } from '../errors/app-error.ts';
import type { WikidataEntity } from './entity-json.ts';
import { type Bzip2Decoder, readLines } from './open-lines.ts';

/** Where an entity came from: for progress and for error messages. */
export interface ReadEntity {
  entity: WikidataEntity;
  file: string;
  line: number;
}

/** A line that is not a Wikidata entity: where, and why. */
export interface MalformedLine {
  file: string;
  line: number;
  reason: string;
}

export interface ReadOptions {
  bzip2?: Bzip2Decoder;
  /**
   * Called for each malformed line, which is then skipped; without it the first one stops the read
   * with BAD_USER_INPUT naming the file and line.
   */
  onMalformed?: (m: MalformedLine) => void;
  /** lines up to and including this one are passed over unparsed (a resumed pass) */
  afterLine?: number;
}

/**
 * Streams the Wikidata entities of a file in Wikidata's own JSON, one line at a time (bounded
 * memory: a 100 M-entity dump is never held whole). Three shapes are read, told apart line by line:
 * - the official full dump (latest-all.json[.gz|.bz2]): `[`, one entity per line ending in `,`, `]`;
 * - JSON lines: one entity per line;
 * - Special:EntityData's answer for one entity (`{"entities":{"Q42":{…}}}`, on one line as served).
 * A line that is not JSON, or JSON that is not an entity, is reported to onMalformed and skipped,
 * or, without onMalformed, stops the read with an error naming the file and the line number.
 */
export async function* readEntities(file: string, options: ReadOptions = {}): AsyncGenerator<ReadEntity> {
  const after = options.afterLine ?? 0;
  const bad = (line: number, reason: string): void => {
    if (!options.onMalformed) throw malformed(file, line, reason);
    options.onMalformed({ file, line, reason });
  };
  try {
    for await (const { line, number } of readLines(file, options.bzip2 ?? 'auto')) {
      if (number <= after) continue;
      const text = entityText(line);
      if (text === null) continue;
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (err) {
        bad(number, (err as Error).message);
        continue;
      }
      const entities = entitiesIn(value);
      if (!entities) bad(number, 'not a Wikidata entity (no "id" and "type") nor {"entities": {…}}');
      for (const entity of entities ?? []) yield { entity, file, line: number };
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

/** The entities a parsed line holds, or null when it is none of the three shapes. */
function entitiesIn(value: unknown): WikidataEntity[] | null {
  if (isEntity(value)) return [value];
  const wrapped = (value as { entities?: unknown } | null)?.entities;
  if (wrapped && typeof wrapped === 'object') {
    const found = Object.values(wrapped);
    if (found.every(isEntity)) return found;
  }
  return null;
}

const isEntity = (v: unknown): v is WikidataEntity =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as { id?: unknown }).id === 'string' &&
  typeof (v as { type?: unknown }).type === 'string';

const malformed = (file: string, line: number, reason: string) =>
  new AppError('BAD_USER_INPUT', `${file}:${line}: malformed Wikidata entity line: ${reason}`, { file, line });
