// The words a document writes in lower case. A capitalised word the same text also writes in lower
// case is a common word there ("Police" in a heading, "police" in the story; "SEE" shouted, "see"
// in a sentence), so name stages ask here instead of searching the body once per candidate. Built
// once per body, on first use.

const LOWER_WORD = /(?<![\p{L}\d])\p{Ll}[\p{L}'’-]*/gu;
const cache = new Map<string, Set<string>>();

function wordsOf(body: string): Set<string> {
  let words = cache.get(body);
  if (!words) {
    // added as found: a list of every word of a long text first would be that much more garbage
    words = new Set<string>();
    for (const m of body.matchAll(LOWER_WORD)) words.add(m[0]);
    // one document at a time is extracted; keep only the last body
    cache.clear();
    cache.set(body, words);
  }
  return words;
}

/** Whether the body writes this word (or every word of this phrase) in lower case somewhere. */
export function writtenInLowerCase(body: string, phrase: string): boolean {
  const words = wordsOf(body);
  return phrase
    .toLowerCase()
    .split(/\s+/)
    .every((w) => words.has(w));
}
