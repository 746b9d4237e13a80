// Populated places of at least 5 000 inhabitants (data/lexicon/places.tsv, built from GeoNames by
// scripts/build-gazetteer.ts), looked up by their first word. Loaded once, on first use.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Place {
  name: string;
  country: string;
  population: number;
}

const FILE = fileURLToPath(new URL('../../../data/lexicon/places.tsv', import.meta.url));
let byFirstWord: Map<string, Place[]> | null = null;

function load(): Map<string, Place[]> {
  const index = new Map<string, Place[]>();
  for (const line of readFileSync(FILE, 'utf8').split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const [name, country, population] = line.split('\t');
    const first = name!.split(' ')[0]!;
    const list = index.get(first) ?? [];
    list.push({ name: name!, country: country!, population: Number(population) });
    index.set(first, list);
  }
  // longest names first, so "Buenos Aires" is tried before a place called "Buenos"
  for (const list of index.values()) list.sort((a, b) => b.name.length - a.name.length);
  return index;
}

/** The places whose name starts with this word, longest first. */
export function placesStartingWith(word: string): readonly Place[] {
  byFirstWord ??= load();
  return byFirstWord.get(word) ?? [];
}
