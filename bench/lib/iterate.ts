// Pulling from a shared iterator in pieces: the bench reads one generated corpus in consecutive slices
// (warm-up articles, measured articles, the rest) and the loader's workers take batches from it.

/** The next `n` items of `it` (fewer when it runs out). */
export function* take<T>(it: Iterator<T>, n: number): Generator<T> {
  for (let i = 0; i < n; i++) {
    const x = it.next();
    if (x.done) return;
    yield x.value;
  }
}

/** Every item left in `it`. */
export function* rest<T>(it: Iterator<T>): Generator<T> {
  yield* take(it, Infinity);
}
