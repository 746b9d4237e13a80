// Finds alias-table names in a text: longest match first over word tokens, built once per table.
// Matching is case-sensitive on purpose: "US" is a country, "us" a pronoun; the table lists the
// spellings that occur ("NATO", "Nato").

import type { AliasEntry, AliasTable } from './alias-table.ts';
import { keyOf, tokenize, tokenKey, tokenList, tokenReader, type Token } from '../text/tokenize.ts';

export interface AliasMatch {
  entry: AliasEntry;
  start: number;
  end: number;
  text: string;
}

export interface AliasMatcher {
  table: AliasTable;
  /** alias key (see tokenKey) -> entry */
  byKey: Map<string, AliasEntry>;
  maxTokens: number;
  /** adjective key -> entry ("Slovak" -> Slovakia), for reading role titles */
  adjectives: Map<string, AliasEntry>;
  match(text: string, tokens?: Token[]): AliasMatch[];
  /** resolves a surface string exactly (used for doc-local names and role qualifiers) */
  lookup(surface: string): AliasEntry | null;
}

const GENITIVE_TYPES = new Set(['Person', 'Place', 'Country']);

export function buildAliasMatcher(table: AliasTable): AliasMatcher {
  const byKey = new Map<string, AliasEntry>();
  const adjectives = new Map<string, AliasEntry>();
  // Longest alias starting with each first token: most tokens of a text start no name at all, and
  // looking that up once is much cheaper than building every n-gram key.
  const longestFrom = new Map<string, number>();
  let maxTokens = 1;
  for (const entry of table.entries) {
    for (const surface of [entry.name, ...entry.aliases]) {
      const tokens = tokenize(surface);
      if (tokens.length === 0) continue;
      byKey.set(tokenKey(tokens), entry);
      maxTokens = Math.max(maxTokens, tokens.length);
      const first = tokenKey(tokens.slice(0, 1));
      longestFrom.set(first, Math.max(longestFrom.get(first) ?? 0, tokens.length));
    }
    for (const adjective of entry.adjectives ?? []) adjectives.set(tokenKey(tokenize(adjective)), entry);
  }

  const lookup = (surface: string): AliasEntry | null => byKey.get(tokenKey(tokenize(surface))) ?? null;

  const match = (text: string, given?: Token[]): AliasMatch[] => {
    const tokens = given ? tokenList(given) : tokenReader(text);
    const found: AliasMatch[] = [];
    // the keys of the token sequences starting at i, one token longer each, while adjacent
    const keys: string[] = [];
    for (let i = 0; tokens.at(i); ) {
      tokens.release(i);
      let matched = 0;
      const longest = longestFrom.get(keyOf(tokens.at(i)!)) ?? 0;
      keys.length = 0;
      for (let n = 1; n <= longest && tokens.at(i + n - 1); n++) {
        const token = tokens.at(i + n - 1)!;
        if (n > 1 && !adjacentPair(text, tokens.at(i + n - 2)!, token)) break;
        keys.push(n === 1 ? keyOf(token) : `${keys[n - 2]!} ${keyOf(token)}`);
      }
      for (let n = keys.length; n >= 1; n--) {
        const entry = byKey.get(keys[n - 1]!);
        if (!entry) continue;
        const slice: Token[] = [];
        for (let k = 0; k < n; k++) slice.push(tokens.at(i + k)!);
        const first = slice[0]!;
        const last = slice[n - 1]!;
        found.push({ entry, start: first.start, end: last.end, text: text.slice(first.start, last.end) });
        addRelatedInside(found, entry, slice, text);
        matched = n;
        break;
      }
      if (matched === 0) {
        const genitive = genitiveMatch(tokens.at(i)!);
        if (genitive) found.push(genitive);
      }
      i += Math.max(matched, 1);
    }
    return found;
  };

  // German genitive ("Rubios", "Russlands"): only for names that are one token, to stay safe.
  const genitiveMatch = (token: Token): AliasMatch | null => {
    if (token.text.length < 5 || !token.text.endsWith('s') || !/^\p{Lu}/u.test(token.text)) return null;
    const entry = byKey.get(token.text.slice(0, -1));
    if (!entry || !GENITIVE_TYPES.has(entry.type)) return null;
    return { entry, start: token.start, end: token.end, text: token.text };
  };

  // Inside "ARD Tagesthemen" or "Joint Force Command in Neapel", the parent organisation and the
  // place are mentioned too; other names inside a longer name are not (the "Ukraine" in a council's name).
  const addRelatedInside = (found: AliasMatch[], outer: AliasEntry, slice: Token[], text: string): void => {
    if (!outer.partOf && !outer.locatedIn) return;
    for (let a = 0; a < slice.length; a++) {
      for (let b = slice.length; b > a; b--) {
        if (a === 0 && b === slice.length) continue;
        const inner = byKey.get(tokenKey(slice.slice(a, b)));
        if (inner && (inner.id === outer.partOf || inner.id === outer.locatedIn)) {
          const s = slice[a]!.start;
          const e = slice[b - 1]!.end;
          found.push({ entry: inner, start: s, end: e, text: text.slice(s, e) });
          a = b - 1;
          break;
        }
      }
    }
  };

  return { table, byKey, maxTokens, adjectives, match, lookup };
}

// Tokens of one name are separated by at most one space or joined directly ("US-Senator"), maybe
// after a dot; a line break or a comma between them means two names.
function adjacentPair(text: string, before: Token, token: Token): boolean {
  const gap = token.start - before.end;
  if (gap === 0) return true;
  const a = text.charCodeAt(before.end);
  const space = (c: number): boolean => c === 0x20 || c === 0xa0;
  if (gap === 1) return a === 0x2e || space(a);
  if (gap !== 2) return false;
  const b = text.charCodeAt(before.end + 1);
  if (a === 0x2e && space(b)) return true;
  // "Washington, D.C.": a comma is part of a name only before an abbreviation.
  return a === 0x2c && b === 0x20 && token.text.includes('.');
}
