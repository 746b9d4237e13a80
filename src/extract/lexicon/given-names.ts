// Given names with their usual gender, from the gender-detection-from-name package (MIT): about
// 87 000 names from German, English, French, Spanish and Italian lists. A general lexical resource
// in place of a topic list: "Svenja Schulze" and "Herbert Kickl" are names because "Svenja" and
// "Herbert" are given names, whatever the article is about. The gender lets a pronoun ("sie",
// "he") find a compatible antecedent. Loaded once, on first use (about 60 ms).

import { createRequire } from 'node:module';
import { everyLanguagePack } from '../lang/language-pack.ts';

export type Gender = 'male' | 'female' | 'unisex';

const require = createRequire(import.meta.url);
const LISTS = ['de', 'en', 'fr', 'es', 'it'] as const;

// Given names that are also titles or words news writes capitalised before a name: "Justice
// Stephen Breyer" is a judge, not a person called Justice (names.json, notGivenNames). The lexicon
// serves every language, so every pack's words are left out.
const notGivenNames = (): ReadonlySet<string> => new Set(everyLanguagePack().flatMap((p) => p.names.notGivenNames));

let names: Map<string, Gender> | null = null;

function load(): Map<string, Gender> {
  const merged = new Map<string, Gender>();
  const notGiven = notGivenNames();
  for (const lang of LISTS) {
    const list = require(`gender-detection-from-name/names/${lang}.js`) as Map<string, string>;
    for (const [name, gender] of list) {
      if (name.length < 2 || notGiven.has(name)) continue;
      const g: Gender = gender === 'male' || gender === 'female' ? gender : 'unisex';
      const seen = merged.get(name);
      merged.set(name, seen && seen !== g ? 'unisex' : g);
    }
  }
  return merged;
}

/** The gender of a given name ("Frank-Michael" by its first part), or null when it is none. */
export function givenNameGender(word: string): Gender | null {
  names ??= load();
  const lower = word.toLowerCase();
  const direct = names.get(lower);
  if (direct) return direct;
  if (lower.includes('-')) {
    const parts = lower.split('-');
    if (parts.every((p) => names!.has(p))) return names.get(parts[0]!) ?? null;
  }
  return null;
}

export function isGivenName(word: string): boolean {
  return /^\p{Lu}/u.test(word) && givenNameGender(word) !== null;
}
