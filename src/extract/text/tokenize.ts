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
  return tokens.map(keyOf).join(' ');
}

/** One token's part of a key (see tokenKey). */
export function keyOf(token: { text: string }): string {
  const t = token.text;
  return t.length === 1 && t.charCodeAt(0) >= 0x2010 && t.charCodeAt(0) <= 0x2015 ? '-' : t;
}

/** Tokens by their position in a text's token sequence. */
export interface TokenSource {
  /** the i-th token, or undefined past the last */
  at(i: number): Token | undefined;
  /** the tokens before the i-th are no longer asked for */
  release(i: number): void;
}

/**
 * The tokens of a text, read as they are asked for and forgotten once released: a list of every
 * token of a long text would be as much garbage as a few times the text.
 */
export function tokenReader(text: string): TokenSource {
  const pattern = new RegExp(TOKEN.source, TOKEN.flags);
  const buffer: Token[] = [];
  let first = 0;
  let done = false;
  return {
    at(i) {
      while (!done && i >= first + buffer.length) {
        const m = pattern.exec(text);
        if (m) buffer.push({ text: m[0], start: m.index, end: m.index + m[0].length });
        else done = true;
      }
      return i >= first ? buffer[i - first] : undefined;
    },
    release(i) {
      // one token at a time: a splice would allocate the array it removes
      for (; first < i && buffer.length > 0; first++) buffer.shift();
    },
  };
}

/** A token list as a TokenSource. */
export function tokenList(tokens: readonly Token[]): TokenSource {
  return { at: (i) => tokens[i], release: () => {} };
}
