import type { documentRows } from './document-rows.ts';

const FACT_ID = /^(quote|claim|event|report):/;

/**
 * The facts whose timeline entries a document write may change: every quote, claim, event and report
 * it writes, the events and claims at either end of its relations (participants, places, what a claim
 * is about), and `withdrawn`, the facts an earlier version supported. Sorted and without repeats.
 */
export function touchedFactIds(rows: ReturnType<typeof documentRows>, withdrawn: readonly string[]): string[] {
  const ids = new Set<string>(withdrawn);
  for (const f of [...rows.quotes, ...rows.claims, ...rows.events, ...rows.reports]) ids.add(f.id);
  for (const r of rows.relations) for (const end of [r.from, r.to]) if (FACT_ID.test(end)) ids.add(end);
  return [...ids].sort();
}
