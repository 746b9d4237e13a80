import v8 from 'node:v8';
import { afterEach, describe, expect, it, vi } from 'vitest';

describe('compactHeapFor', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.resetModules();
  });

  it(
    'when only short texts are read, then V8 keeps its own heap growth; from the first text of 1 MB on, ' +
      'growth is 10% per collection, set once',
    async () => {
      // the flag is the process's: the spy keeps this test from changing the test worker's heap
      const set = vi.spyOn(v8, 'setFlagsFromString').mockImplementation(() => undefined);
      const { compactHeapFor, COMPACT_HEAP_FROM } = await import('./compact-heap.ts');
      compactHeapFor(12_000);
      compactHeapFor(COMPACT_HEAP_FROM - 1);
      expect(set).not.toHaveBeenCalled();
      compactHeapFor(COMPACT_HEAP_FROM);
      compactHeapFor(5_000_000);
      expect(set).toHaveBeenCalledTimes(1);
      expect(set).toHaveBeenCalledWith('--heap-growing-percent=10');
    },
  );
});
