// One language's word lists, read from its folder under src/extract/lang/ and validated once.
// Stages receive the pack (ctx.pack) instead of branching on the language; adding a language is a
// new folder holding every file of PACK_FILES, plus tests.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';
import { PACK_FILES } from './pack-files.ts';

type Files = typeof PACK_FILES;

/** Where each file of a pack lands in the LanguagePack: one line per file, its type derived from its schema. */
const FIELD_FILES = {
  speechVerbs: 'speech-verbs.json',
  reports: 'reports.json',
  organisationNouns: 'organisation-nouns.json',
  calendar: 'calendar.json',
  numberWords: 'number-words.json',
  roles: 'roles.json',
  names: 'names.json',
  nounPhrases: 'noun-phrases.json',
  events: 'events.json',
  quotes: 'quotes.json',
} as const satisfies Record<string, keyof Files>;

type FieldFiles = typeof FIELD_FILES;
// a schema in PACK_FILES that no field reads does not compile
const everyFileRead: [Exclude<keyof Files, FieldFiles[keyof FieldFiles]>] extends [never] ? true : never = true;
void everyFileRead;

export type LanguagePack = { [F in keyof FieldFiles]: z.infer<Files[FieldFiles[F]]> } & {
  /** the folder's name: "de", "en" */
  lang: string;
};

/** An unreadable or invalid pack file; the message names the file and the field. */
export class LanguagePackError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`${file}: ${detail}`);
    this.name = 'LanguagePackError';
  }
}

export const PACK_ROOT = fileURLToPath(new URL('.', import.meta.url));

function readPackFile<K extends keyof Files>(dir: string, name: K): z.infer<Files[K]> {
  const file = join(dir, name);
  if (!existsSync(file)) throw new LanguagePackError(file, 'missing');
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new LanguagePackError(file, `not JSON (${(e as Error).message})`);
  }
  const parsed = PACK_FILES[name].safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LanguagePackError(file, `field ${issue.path.length ? issue.path.join('.') : '(root)'}: ${issue.message}`);
  }
  return parsed.data as z.infer<Files[K]>;
}

/** Reads and validates the pack in `root/lang`, uncached; languagePack() is the cached entry point. */
export function loadLanguagePack(lang: string, root = PACK_ROOT): LanguagePack {
  const dir = join(root, lang);
  const fields = Object.fromEntries(
    Object.entries(FIELD_FILES).map(([field, file]) => [field, readPackFile(dir, file)]),
  );
  return { lang, ...fields } as LanguagePack;
}

/** The languages that have a pack folder under `root`, in name order. */
export function packLanguages(root = PACK_ROOT): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}
const cache = new Map<string, LanguagePack>();

/**
 * The pack for a document's language, read once per process. A language without a folder gets the
 * English pack (the extractor reads only de and en: text/choose-language.ts; "und" gets English rules).
 */
export function languagePack(lang: string): LanguagePack {
  const key = PACK_LANGS.includes(lang) ? lang : 'en';
  let pack = cache.get(key);
  if (!pack) {
    pack = loadLanguagePack(key);
    cache.set(key, pack);
  }
  return pack;
}

const PACK_LANGS = packLanguages();

/**
 * Every pack, in name order. For the lists a stage matches in any text, whatever its language
 * (month names, role titles): German articles quote English sources and the other way round.
 */
export function everyLanguagePack(): LanguagePack[] {
  return PACK_LANGS.map(languagePack);
}
