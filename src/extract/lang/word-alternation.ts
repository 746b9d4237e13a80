// Word lists from the language packs as parts of regular expressions: every stage that compiles a
// pack's list into a pattern quotes it here, the same way.

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** A word as a pattern that matches it literally. */
export const escapeRegExp = (s: string): string => s.replace(SPECIAL, '\\$&');

/** A phrase as a pattern: literal, except that any run of whitespace may stand between its words. */
export const escapePhrase = (s: string): string => escapeRegExp(s).replace(/ /g, '\\s+');

/**
 * Words as one alternation, each literal, in the order given (a repeat adds nothing: an alternation
 * tries its first copy first); an empty list gives a pattern that never matches.
 */
export const anyOf = (words: readonly string[]): string => [...new Set(words)].map(escapeRegExp).join('|') || '(?!)';

/** Phrases as one alternation, as anyOf, each matching any whitespace between its words. */
export const anyPhraseOf = (phrases: readonly string[]): string =>
  [...new Set(phrases)].map(escapePhrase).join('|') || '(?!)';
