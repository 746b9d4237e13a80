// A global pattern's matches, run only over the lines holding one of the words every match holds.
// Patterns such as "[\p{L}-]*[Gg]ipfel" are tried at every word of a text and make a pass over a
// long transcript slow; the words are found with indexOf, which is fast. The matches are those
// matchAll gives over the whole text, in the same order, provided that every match holds one of
// the words, no match spans a line break, and the pattern treats the line break next to a line as
// it treats the start or end of the text (lookarounds for letters do; ^ and $ do not): the
// caller's promise, for its pattern.

/** The lines (start offsets, ascending) that hold any of the words. */
function linesHolding(text: string, words: readonly string[]): number[] {
  const starts = new Set<number>();
  for (const word of words) {
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      starts.add(text.lastIndexOf('\n', at) + 1);
    }
  }
  return [...starts].sort((a, b) => a - b);
}

/**
 * The matches of a global pattern in a text, as matchAll gives them; `index` counts in the whole
 * text, `input` is the line.
 */
export function* matchesInLines(text: string, pattern: RegExp, words: readonly string[]): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`matchesInLines: the pattern ${pattern} must be global`);
  for (const start of linesHolding(text, words)) {
    const newline = text.indexOf('\n', start);
    // each line alone: run over the whole text, the search after a line's last match would go on to the next match
    for (const m of text.slice(start, newline < 0 ? text.length : newline).matchAll(pattern)) {
      m.index += start;
      yield m;
    }
  }
}
