// The alias table: which surface forms name which entity. A versioned JSON file in data/aliases/,
// extended by user files, with countries seeded from i18n-iso-countries so that every country has
// its German and English names without anyone typing them.

import { readFileSync } from 'node:fs';
import { DomainError } from '../../errors/app-error.ts';
import { createRequire } from 'node:module';
import { z } from 'zod';
import type { EntityType } from '../types.ts';

const require = createRequire(import.meta.url);

export const ENTITY_TYPES = [
  'Person',
  'Organization',
  'Country',
  'Alliance',
  'MediaOutlet',
  'GovernmentBody',
  'CommandPost',
  'Place',
] as const satisfies readonly EntityType[];

const entrySchema = z.object({
  id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/, 'ids look like "person:marco-rubio"'),
  type: z.enum(ENTITY_TYPES),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** adjectival forms ("Slovak", "amerikanische"): read role titles, never entity mentions */
  adjectives: z.array(z.string().min(1)).optional(),
  locatedIn: z.string().optional(),
  partOf: z.string().optional(),
});

const fileSchema = z.object({
  version: z.literal(1),
  description: z.string().optional(),
  entities: z.array(entrySchema),
});

const givenNamesSchema = z.object({ version: z.literal(1), names: z.array(z.string()) });

export type AliasEntry = z.infer<typeof entrySchema>;

export interface AliasTable {
  version: 1;
  entries: AliasEntry[];
  byId: Map<string, AliasEntry>;
  /** given names that mark "Firstname Lastname" as a person even without a role or speech verb */
  givenNames: Set<string>;
  /** files the table was read from, for provenance and error messages */
  sources: string[];
}

export interface LoadAliasTableOptions {
  /** replaces data/aliases/aliases.json */
  baseFile?: string;
  /** user files in the same format, applied after the base file (later files win) */
  extraAliasFiles?: string[];
  /** seed countries from i18n-iso-countries (default true) */
  seedCountries?: boolean;
}

export const DEFAULT_ALIAS_FILE = new URL('../../../data/aliases/aliases.json', import.meta.url);
export const DEFAULT_GIVEN_NAMES_FILE = new URL('../../../data/aliases/given-names.json', import.meta.url);

/** Thrown only for a broken alias file: that is configuration, not article text. */
export class AliasTableError extends DomainError {
  readonly errorCode = 'CONFIGURATION';
}

function readJson(file: string | URL): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new AliasTableError(`cannot read alias file ${String(file)}: ${(error as Error).message}`);
  }
}

function parseFile(file: string | URL): AliasEntry[] {
  const parsed = fileSchema.safeParse(readJson(file));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new AliasTableError(`invalid alias file ${String(file)}: ${issue?.path.join('.')} ${issue?.message}`);
  }
  return parsed.data.entities;
}

interface CountriesLib {
  registerLocale(data: unknown): void;
  getAlpha2Codes(): Record<string, string>;
  getName(
    code: string,
    lang: string,
    options?: { select: 'official' | 'alias' | 'all' },
  ): string | string[] | undefined;
}

function seededCountries(): AliasEntry[] {
  // index.js without entry-node: registering only de and en avoids loading ~100 locale files.
  const lib = require('i18n-iso-countries/index.js') as CountriesLib;
  lib.registerLocale(require('i18n-iso-countries/langs/en.json'));
  lib.registerLocale(require('i18n-iso-countries/langs/de.json'));
  const entries: AliasEntry[] = [];
  for (const code of Object.keys(lib.getAlpha2Codes())) {
    const names = new Set<string>();
    for (const lang of ['en', 'de']) {
      const all = lib.getName(code, lang, { select: 'all' });
      for (const name of Array.isArray(all) ? all : all ? [all] : []) {
        // Two-letter forms ("IN", "DE") are ordinary words or too ambiguous; the file adds the safe ones.
        if (name.length > 2) names.add(name);
      }
    }
    const english = lib.getName(code, 'en', { select: 'official' });
    const name = typeof english === 'string' ? english : [...names][0];
    if (!name) continue;
    entries.push({ id: `country:${code.toLowerCase()}`, type: 'Country', name, aliases: [...names] });
  }
  return entries;
}

function merge(into: Map<string, AliasEntry>, entry: AliasEntry): void {
  const existing = into.get(entry.id);
  if (!existing) {
    into.set(entry.id, { ...entry, aliases: [...new Set(entry.aliases)] });
    return;
  }
  into.set(entry.id, {
    ...existing,
    ...entry,
    aliases: [...new Set([...existing.aliases, ...entry.aliases])],
    adjectives: [...new Set([...(existing.adjectives ?? []), ...(entry.adjectives ?? [])])],
  });
}

export function loadAliasTable(options: LoadAliasTableOptions = {}): AliasTable {
  const byId = new Map<string, AliasEntry>();
  const sources: string[] = [];
  if (options.seedCountries !== false) {
    for (const entry of seededCountries()) merge(byId, entry);
    sources.push('i18n-iso-countries');
  }
  const files: (string | URL)[] = [options.baseFile ?? DEFAULT_ALIAS_FILE, ...(options.extraAliasFiles ?? [])];
  for (const file of files) {
    for (const entry of parseFile(file)) merge(byId, entry);
    sources.push(String(file));
  }
  const given = givenNamesSchema.safeParse(readJson(DEFAULT_GIVEN_NAMES_FILE));
  const givenNames = new Set(given.success ? given.data.names : []);
  return { version: 1, entries: [...byId.values()], byId, givenNames, sources };
}

let defaultTable: AliasTable | null = null;
let userFiles: string[] = [];

/**
 * The user's alias files (QUOTEGRAPH_ALIAS_FILES, --aliases) for every extraction of this process.
 * They are read at once, so a broken file is reported before any article is touched; without
 * any, the shipped table is loaded on first use as before.
 */
export function useAliasFiles(files: readonly string[]): void {
  if (files.join('\n') === userFiles.join('\n')) return;
  userFiles = [...files];
  defaultTable = userFiles.length ? loadAliasTable({ extraAliasFiles: userFiles }) : null;
}

/** The shipped table plus the user's files, loaded once per process. */
export function defaultAliasTable(): AliasTable {
  defaultTable ??= loadAliasTable({ extraAliasFiles: userFiles });
  return defaultTable;
}
