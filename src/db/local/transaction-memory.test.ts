import { describe, expect, it } from 'vitest';
import { heapBytes, transactionMemory } from './transaction-memory.ts';

describe('transactionMemory', () => {
  it('when the heap is 1g, then all transactions get half of it and one a quarter', () => {
    expect(transactionMemory('1g')).toEqual({ total: 512 * 1024 ** 2, perTransaction: 256 * 1024 ** 2 });
  });

  it('when the heap is written in k, m or G, then each unit is read', () => {
    expect(heapBytes('512m')).toBe(512 * 1024 ** 2);
    expect(heapBytes('2G')).toBe(2 * 1024 ** 3);
    expect(heapBytes('1048576k')).toBe(1024 ** 3);
  });

  it('when the heap size has no unit, then it is refused naming the value', () => {
    expect(() => heapBytes('1024')).toThrow(/heap size "1024"/);
  });
});
