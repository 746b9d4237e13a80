// News agencies and outlets as data (data/outlets/outlets.json): their names and aliases, their kind
// (a role noun such as "das Magazin" or "the paper" can only point back to an outlet of that kind),
// the short codes that name them in credits ("(dpa)", "epd" closing an article), and the head words
// that make an unknown name an outlet when a report cue stands before it ("told the Daily Example").
// The file complements the alias table: only surfaces the table does not already resolve are matched
// here, so the table stays the one authority on a name it knows.

import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { AliasEntry, AliasTable } from '../aliases/alias-table.ts';
import { buildAliasMatcher, type AliasMatcher } from '../aliases/alias-matcher.ts';

export const OUTLET_KINDS = ['agency', 'newspaper', 'magazine', 'broadcaster', 'online'] as const;
export type OutletKind = (typeof OUTLET_KINDS)[number];

const kindLists = z.object(
  Object.fromEntries(OUTLET_KINDS.map((k) => [k, z.array(z.string().min(1)).default([])])) as Record<
    OutletKind,
    z.ZodDefault<z.ZodArray<z.ZodString>>
  >,
);

const outletSchema = z.object({
  id: z.string().regex(/^[a-z]+:[a-z0-9-]+$/),
  type: z.literal('MediaOutlet'),
  kind: z.enum(OUTLET_KINDS),
  name: z.string().min(1),
  aliases: z.array(z.string().min(1)).default([]),
  /** codes that name the outlet only in a credit position */
  credits: z.array(z.string().min(1)).default([]),
  partOf: z.string().optional(),
});

const fileSchema = z.object({
  version: z.literal(1),
  description: z.string().optional(),
  headWords: kindLists,
  headSuffixes: kindLists,
  entities: z.array(outletSchema),
});

export type OutletEntry = z.infer<typeof outletSchema>;

export interface OutletLexicon {
  byId: Map<string, OutletEntry>;
  /** credit code -> outlet; exact spelling first, then lower case ("AFP", "afp") */
  credit(code: string): OutletEntry | null;
  /** what kind of outlet a name is, from the lexicon or its head word; null when nothing says */
  kindOf(id: string, name: string): OutletKind | null;
  /** true when a name ends in or contains a word that names media ("Daily Example", "Kieler Rundschau") */
  hasHeadWord(name: string): boolean;
  /** the name is nothing but a head word ("Zeitung", "News") */
  isHeadWord(word: string): boolean;
  /** a matcher for the surfaces the alias table behind `tableMatcher` does not already know */
  matcherBeside(tableMatcher: AliasMatcher): AliasMatcher;
}

export const DEFAULT_OUTLET_FILE = new URL('../../../data/outlets/outlets.json', import.meta.url);

export function loadOutletLexicon(file: string | URL = DEFAULT_OUTLET_FILE): OutletLexicon {
  const data = fileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  const byId = new Map(data.entities.map((e) => [e.id, e]));
  const credits = new Map<string, OutletEntry>();
  for (const e of data.entities) for (const code of e.credits) credits.set(code, e);
  const lowerCredits = new Map<string, OutletEntry>();
  for (const [code, e] of credits) if (!lowerCredits.has(code.toLowerCase())) lowerCredits.set(code.toLowerCase(), e);

  const headKind = new Map<string, OutletKind>();
  for (const kind of OUTLET_KINDS) for (const w of data.headWords[kind]) headKind.set(w, kind);
  const suffixes = OUTLET_KINDS.flatMap((kind) => data.headSuffixes[kind].map((s) => [s, kind] as const)).sort(
    (a, b) => b[0].length - a[0].length,
  );

  // every capitalised run of a text is asked about, most of them many times: answers are kept (a
  // bounded number, so a long-running ingest does not keep every name it ever saw)
  const known = new Map<string, OutletKind | null>();
  const headKindOf = (name: string): OutletKind | null => {
    let kind = known.get(name);
    if (kind !== undefined) return kind;
    kind = readHeadKind(name);
    if (known.size >= 100_000) known.clear();
    known.set(name, kind);
    return kind;
  };
  const readHeadKind = (name: string): OutletKind | null => {
    const words = name.split(/[\s-]+/u);
    for (let i = words.length - 1; i >= 0; i--) {
      const kind = headKind.get(words[i]!.replace(/[^\p{L}-]/gu, ''));
      if (kind) return kind;
    }
    // German compounds carry the head at the end: "Nordkurier", "Landeszeitung", "Abendblatt".
    const last = (words[words.length - 1] ?? '').toLowerCase().replace(/s$/u, '');
    for (const [suffix, kind] of suffixes) if (last.length > suffix.length + 2 && last.endsWith(suffix)) return kind;
    return null;
  };

  const besides = new WeakMap<AliasMatcher, AliasMatcher>();
  const matcherBeside = (tableMatcher: AliasMatcher): AliasMatcher => {
    let matcher = besides.get(tableMatcher);
    if (matcher) return matcher;
    const entries: AliasEntry[] = [];
    for (const e of data.entities) {
      const surfaces = [e.name, ...e.aliases].filter((s) => tableMatcher.lookup(s) === null);
      if (surfaces.length === 0) continue;
      entries.push({
        id: e.id,
        type: 'MediaOutlet',
        name: surfaces[0]!,
        aliases: surfaces.slice(1),
        ...(e.partOf ? { partOf: e.partOf } : {}),
      });
    }
    // The parent of "Reuters TV" must be findable inside it even though the table already knows it.
    for (const e of data.entities) {
      if (!entries.some((x) => x.partOf === e.id) || entries.some((x) => x.id === e.id)) continue;
      entries.push({ id: e.id, type: 'MediaOutlet', name: e.name, aliases: e.aliases });
    }
    const table: AliasTable = {
      version: 1,
      entries,
      byId: new Map(entries.map((x) => [x.id, x])),
      givenNames: new Set(),
      sources: [String(file)],
    };
    matcher = buildAliasMatcher(table);
    besides.set(tableMatcher, matcher);
    return matcher;
  };

  return {
    byId,
    credit: (code) => credits.get(code) ?? lowerCredits.get(code.toLowerCase()) ?? null,
    kindOf: (id, name) => byId.get(id)?.kind ?? headKindOf(name),
    hasHeadWord: (name) => headKindOf(name) !== null,
    isHeadWord: (word) => headKind.has(word),
    matcherBeside,
  };
}

let defaultLexicon: OutletLexicon | null = null;

export function defaultOutletLexicon(): OutletLexicon {
  defaultLexicon ??= loadOutletLexicon();
  return defaultLexicon;
}
