import type { DocumentMeta } from '../extract/types.ts';
import { toCalendarDate } from './calendar-date.ts';
import { InputError } from './input-error.ts';

/** The metadata a file may carry itself; `source` always comes from where the file was read. */
export type FileMeta = Omit<DocumentMeta, 'source'>;

export const emptyFileMeta = (): FileMeta => ({ title: null, url: null, outlet: null, publishedAt: null, lang: null });

/** Accepted spellings of the publication date field, first present wins (feeds use all three). */
const PUBLISHED_KEYS = ['published', 'publishedAt', 'date'] as const;

/**
 * Metadata from a front-matter mapping or a JSON record. `where` prefixes reasons
 * ("front matter", "line 3") so the user can find the bad field.
 */
export function metaFromRecord(file: string, record: Record<string, unknown>, where: string): FileMeta {
  const publishedKey = PUBLISHED_KEYS.find((k) => record[k] !== undefined && record[k] !== null);
  return {
    title: textField(file, record, 'title', where),
    url: textField(file, record, 'url', where),
    outlet: textField(file, record, 'outlet', where),
    publishedAt: publishedKey ? publishedDate(file, record[publishedKey], `${where}: ${publishedKey}`) : null,
    lang: languageTag(file, record.lang, `${where}: lang`),
  };
}

/** A publication date from metadata or a CLI override; null/empty means unknown. */
export function publishedDate(file: string, value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (value instanceof Date) {
    // Only reachable when a caller parses YAML with the timestamp tag; the instant is in UTC.
    if (Number.isNaN(value.getTime())) throw new InputError(file, `${field} is not a valid date`, 'bad-date');
    return value.toISOString().slice(0, 10);
  }
  if (typeof value !== 'string') {
    throw new InputError(file, `${field} must be a date like 2026-02-15, not ${JSON.stringify(value)}`, 'bad-date');
  }
  const result = toCalendarDate(value);
  if ('reason' in result) throw new InputError(file, `${field}: ${result.reason}`, 'bad-date');
  return result.date;
}

const LANGUAGE_TAG = /^([A-Za-z]{2,3})(?:[-_][A-Za-z0-9]{1,8})*$/;

/** Whether a flag or API argument is a language tag ("fr", "de-AT"); languageTag normalizes it. */
export const isLanguageTag = (value: string): boolean => LANGUAGE_TAG.test(value.trim());

/**
 * "de", "de-AT", "EN_us" → "de" / "en": the extractor's rules are per language, not per region.
 * Explicit metadata that is not a language tag is an error (someone typed it and meant something).
 */
export function languageTag(file: string, value: unknown, field: string): string | null {
  if (value === undefined || value === null || value === '') return null;
  const m = typeof value === 'string' ? LANGUAGE_TAG.exec(value.trim()) : null;
  if (!m)
    throw new InputError(
      file,
      `${field} must be a language code like "de" or "en", not ${JSON.stringify(value)}`,
      'bad-metadata',
    );
  return m[1]!.toLowerCase();
}

function textField(file: string, record: Record<string, unknown>, key: string, where: string): string | null {
  const value = record[key];
  if (value === undefined || value === null) return null;
  // YAML reads `title: 1984` as a number; the author still meant the text.
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string')
    throw new InputError(file, `${where}: ${key} must be text, not ${JSON.stringify(value)}`, 'bad-metadata');
  return value.trim() || null;
}

/**
 * CLI flags win over file metadata. null/undefined overrides are ignored, so a caller can pass
 * `{ lang: flags.lang ?? null }` without wiping what the file says.
 */
export function applyOverrides(file: string, meta: DocumentMeta, overrides: Partial<DocumentMeta>): DocumentMeta {
  const out: DocumentMeta = { ...meta };
  if (overrides.source != null) out.source = overrides.source;
  if (overrides.title != null) out.title = overrides.title;
  if (overrides.url != null) out.url = overrides.url;
  if (overrides.outlet != null) out.outlet = overrides.outlet;
  if (overrides.publishedAt != null) out.publishedAt = publishedDate(file, overrides.publishedAt, '--published');
  if (overrides.lang != null) out.lang = languageTag(file, overrides.lang, '--lang');
  return out;
}
