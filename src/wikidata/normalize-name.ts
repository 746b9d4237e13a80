/** The key names are compared by: Unicode NFC, lower case, runs of whitespace as one space, trimmed. */
export const normalizeName = (name: string): string =>
  name.normalize('NFC').toLocaleLowerCase('und').replace(/\s+/gu, ' ').trim();
