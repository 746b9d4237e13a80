// Words around a four-digit number that say it counts something rather than names a year: "2000
// Menschen", "rund 2000", "more than 2000 people", "Seite 2019". Lists, not rules (pack data:
// src/extract/lang/<lang>/number-words.json), so a language adds its own; lower case, compared with
// the word as written lowered. Every language's words count in any text, as before the lists were split.

import { everyLanguagePack } from '../lang/language-pack.ts';

const union = (pick: (words: ReturnType<typeof everyLanguagePack>[number]['numberWords']) => string[]): Set<string> =>
  new Set(everyLanguagePack().flatMap((p) => pick(p.numberWords)));

/** Nouns and units that follow a count: "2000 Beschäftigte", "1990 votes". */
export const COUNTED_AFTER = union((w) => w.countedAfter);

/**
 * Words before a count or a label number: "rund 2000", "Nr. 2019", "page 2000". Abbreviations count
 * only with their dot.
 */
export const COUNTED_BEFORE = union((w) => w.countedBefore);

/** "mehr als 2000", "more than 2000": the word before "als"/"than" that makes it a comparison of counts. */
export const COMPARATIVES = union((w) => w.comparatives);
