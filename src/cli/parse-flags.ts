import path from 'node:path';
import { parseArgs } from 'node:util';
import { badInput } from '../errors/app-error.ts';
import { isIsoCalendarDate } from '../documents/calendar-date.ts';
import { isLanguageTag } from '../documents/metadata.ts';
import type { DocumentMeta } from '../extract/types.ts';

/**
 * The document flags shared by `extract` and `ingest`: --published, --lang, --outlet, --url, and
 * --aliases FILE (repeatable; instead of QUOTEGRAPH_ALIAS_FILES).
 */
export function parseDocumentFlags(args: string[], extra: Record<string, { type: 'string' | 'boolean' }> = {}) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      published: { type: 'string' },
      lang: { type: 'string' },
      outlet: { type: 'string' },
      url: { type: 'string' },
      aliases: { type: 'string', multiple: true },
      ...extra,
    },
  });
  const overrides: Partial<DocumentMeta> = {};
  if (typeof values.published === 'string') {
    if (!isIsoCalendarDate(values.published)) {
      throw badInput('--published', `${JSON.stringify(values.published)} is not a calendar date (YYYY-MM-DD)`);
    }
    overrides.publishedAt = values.published;
  }
  if (typeof values.lang === 'string') {
    // any language: de and en are extracted, others stored with their text and marked not extracted
    if (!isLanguageTag(values.lang))
      throw badInput('--lang', `${JSON.stringify(values.lang)}: give a language code (de, en, fr …)`);
    overrides.lang = values.lang;
  }
  if (typeof values.outlet === 'string') overrides.outlet = values.outlet;
  if (typeof values.url === 'string') overrides.url = values.url;
  const aliasFiles = ((values.aliases as string[] | undefined) ?? []).map((f) => path.resolve(f));
  return { overrides, positionals, values, aliasFiles };
}

/** A number of seconds from `min` to `max` given to `flag` (`fallback` when it was not given). */
export function parseSeconds(flag: string, value: unknown, fallback: number, min: number, max: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+(\.\d+)?$/.test(value) || n < min || n > max)
    throw badInput(flag, `${JSON.stringify(value)}: give a number of seconds from ${min} to ${max}`);
  return n;
}
