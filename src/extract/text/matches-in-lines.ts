// A global pattern's matches, run only over the lines holding one of the words every match holds.
// Patterns such as "[\p{L}-]*[Gg]ipfel" are tried at every word of a text and make a pass over a
// long transcript slow; the words are found with indexOf, which is fast. The matches are those
// matchAll gives over the whole text, in the same order, provided no match spans a line break and
// every match holds one of the words (the caller's promise, for its pattern).

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

/** The matches of a global pattern in a text, as matchAll gives them. */
export function* matchesInLines(text: string, pattern: RegExp, words: readonly string[]): Generator<RegExpExecArray> {
  if (!pattern.global) throw new Error(`matchesInLines: the pattern ${pattern} must be global`);
  const re = new RegExp(pattern.source, pattern.flags);
  for (const start of linesHolding(text, words)) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    re.lastIndex = start;
    for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
      yield m;
      if (m[0] === '') re.lastIndex++;
    }
  }
}
