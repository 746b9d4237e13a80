// Word tokens with offsets. Abbreviations written with dots ("U.S.", "D.C.") stay one token because
// alias keys contain them; hyphens and slashes are tokens of their own so that "NATO-Kommandoposten"
// and "rtr/taz" expose their parts to the alias matcher.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /\p{L}\.(?:\p{L}\.)+|[\p{L}\p{N}]+|[-\u2010-\u2015/&]/gu;

export function tokenize(text: string, offset = 0): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = offset + (match.index ?? 0);
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** Key of a token sequence; all dashes count as "-" so "NATO–Ukraine" matches "NATO-Ukraine". */
export function tokenKey(tokens: readonly { text: string }[]): string {
  return tokens.map((t) => (/^[\u2010-\u2015]$/.test(t.text) ? '-' : t.text)).join(' ');
}
