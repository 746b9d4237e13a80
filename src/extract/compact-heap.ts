import v8 from 'node:v8';

/** Texts from this many characters on switch the process to the compact heap (a long transcript is ~5 MB). */
export const COMPACT_HEAP_FROM = 1_000_000;

let compact = false;

/**
 * V8 lets the heap grow to several times what is live before a full collection, by a factor it
 * picks from how fast collection goes. Reading one 5 MB text leaves ~90 MB live, and with the
 * garbage of each stage and then of its 49 MB of JSON, `quotegraph extract` peaked at 305-366 MB
 * RSS. From the first text this long on, the process lets its heap grow by 10% per full collection
 * instead: the same run peaks at 277-284 MB for about 5% more CPU (docs/benchmarks.md, Extraction
 * against the size of one text). It stays so for the rest of the process: what holds the memory
 * (the result, its JSON, its write to Neo4j) comes after extraction returns. Processes that only
 * read articles of a few KB, the API and the sample load among them, never switch.
 */
export function compactHeapFor(textLength: number): void {
  if (compact || textLength < COMPACT_HEAP_FROM) return;
  v8.setFlagsFromString('--heap-growing-percent=10');
  compact = true;
}
