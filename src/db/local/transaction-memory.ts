/**
 * How much of the heap Cypher transactions may take: all of them together, and any single one.
 * Neo4j stops a transaction over its limit with MemoryPoolOutOfMemoryError (our QUERY_TOO_LARGE)
 * instead of letting the JVM run out of heap, which ends the server (-XX:+ExitOnOutOfMemoryError)
 * and every request with it. Its own default caps only all transactions together, at 70% of the
 * heap, so one query could take all of that. The accounting counts what a query holds (rows being
 * sorted, collected lists), not every temporary copy: the old document-spans statement, which read a
 * 3 MB text once per span, still ended a 1 GB JVM under these limits (that statement is fixed, see
 * cypher/document/document-spans.cypher). Half of the heap leaves the uncounted rest (plans, Bolt
 * buffers, GDS projections) room; a quarter per transaction keeps one query from starving the others.
 */
export const TOTAL_SHARE = 0.5;
export const PER_TRANSACTION_SHARE = 0.25;

export interface TransactionMemory {
  /** db.memory.transaction.total.max, in bytes */
  total: number;
  /** db.memory.transaction.max, in bytes */
  perTransaction: number;
}

const UNIT: Record<string, number> = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** Heap sizes as the configuration writes them (NEO4J_HEAP: digits and k, m or g). */
export function heapBytes(heap: string): number {
  const m = /^(\d+)([kmg])$/i.exec(heap.trim());
  if (!m) throw new Error(`heap size ${JSON.stringify(heap)}: expected digits and k, m or g, e.g. 1g`);
  return Number(m[1]) * UNIT[m[2]!.toLowerCase()]!;
}

export function transactionMemory(heap: string): TransactionMemory {
  const bytes = heapBytes(heap);
  return { total: Math.floor(bytes * TOTAL_SHARE), perTransaction: Math.floor(bytes * PER_TRANSACTION_SHARE) };
}
