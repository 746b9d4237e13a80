/** A document stored (or, by `extract`, printed) without extraction, and why: no rules for its language. */
export interface NotExtracted {
  /** the file, or the document's source inside it (file#3 for a record of a .jsonl) */
  file: string;
  reason: string;
}

/** What becomes of it: `ingest` stored it; `extract` stores nothing, and says what ingest would do. */
export type NotExtractedBy = 'ingest' | 'extract';

/** The line `ingest` and `extract` say for a document they did not extract. */
export function notExtractedLine(n: NotExtracted, by: NotExtractedBy): string {
  return `not extracted: ${n.file}: ${n.reason} (${by === 'ingest' ? 'stored' : 'ingest stores it'}, searchable)`;
}

/** The count said after those lines; null when there were none. */
export function notExtractedCount(count: number, by: NotExtractedBy): string | null {
  if (!count) return null;
  const them = count === 1 ? 'it' : 'them';
  return (
    `${count} document${count === 1 ? '' : 's'} not extracted (listed above): there are rules for de and en only; ` +
    (by === 'ingest'
      ? `${count === 1 ? 'it is' : 'they are'} stored with the text, found by search and documents()`
      : `ingest stores ${them} with the text, found by search and documents()`)
  );
}
