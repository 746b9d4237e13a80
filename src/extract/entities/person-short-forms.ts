// The short forms a text uses for a person named in full: the surname ("Kickl" for "Herbert
// Kickl"), and for a name of three words or more whose first word is no given name, that first
// word ("Tedros" for "Tedros Adhanom Ghebreyesus"). Used both to find short mentions in the text
// and to fold a short-named entity into its full name.

import { isGivenName } from '../lexicon/given-names.ts';

export function personShortForms(name: string): string[] {
  const words = name.split(/\s+/);
  if (words.length < 2) return [];
  const surname = words[words.length - 1]!;
  return words.length >= 3 && !isGivenName(words[0]!) ? [surname, words[0]!] : [surname];
}
