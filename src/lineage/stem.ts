// Light stemming for comparing renderings across inflections: one suffix off, never below a short
// stem. Not a linguistic stemmer: both sides of a comparison (lexicon forms and text words) go through
// the same function, so "leaving" and "leave" meet at "leav", "Soldaten" and "Soldat" at "soldat".

const GERMAN_SUFFIXES = ['ern', 'en', 'er', 'es', 'em', 'e', 'n', 's'];

export function stem(lang: string, word: string): string {
  const w = word.toLowerCase();
  if (lang === 'de') {
    for (const suffix of GERMAN_SUFFIXES)
      if (w.endsWith(suffix) && w.length - suffix.length >= 4) return w.slice(0, -suffix.length);
    return w;
  }
  let s = w;
  if (s.endsWith('ies') && s.length > 4) s = `${s.slice(0, -3)}y`;
  else if (s.endsWith('ing') && s.length >= 5) s = s.slice(0, -3);
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2);
  else if (s.endsWith('s') && !s.endsWith('ss') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('e') && s.length > 3) s = s.slice(0, -1);
  if (s.endsWith('y') && s.length > 3) s = `${s.slice(0, -1)}i`;
  return s;
}
