// Normalisation used for ids and for comparing surface forms. Ids must not change when an outlet
// writes "Selenskyj" with a different apostrophe or an extra space, so everything that only differs
// in typography maps to the same key.

const TYPOGRAPHIC = /[\u2018\u2019\u201A\u201B\u2032]/g;
const TYPOGRAPHIC_DOUBLE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033]/g;
const DASHES = /[\u2010-\u2015\u2212]/g;

/** Same text, typography unified: curly quotes become straight, all dashes become "-". */
export function unifyTypography(text: string): string {
  return text.normalize('NFKC').replace(TYPOGRAPHIC, "'").replace(TYPOGRAPHIC_DOUBLE, '"').replace(DASHES, '-');
}

/** Lower-case ASCII slug: "Außenminister Müller" -> "aussenminister-muller". */
export function slugify(text: string): string {
  return unifyTypography(text)
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Key for comparing quoted text across documents: case, spacing and typography do not count. */
export function textKey(text: string): string {
  return unifyTypography(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Key for finding the same words however they are punctuated: textKey with every run of characters
 * that are neither letters nor digits (commas, dashes, ellipses, quotation marks, elision brackets)
 * read as one space. "We stay, and we fight." and "We stay and we fight (...)" share it.
 */
export function wordsKey(text: string): string {
  return textKey(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
