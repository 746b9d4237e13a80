// The whole import gathered in memory for Neo4j's offline importer: the rows of every batch merged on
// their ids as the transactional statements would merge them (a stub known from its earliest day, a
// quote with every source and the earliest placing, a speaker with every Wikidata id), then what those
// statements compute in the graph: each quote's knownSince and sourceCount, and its timeline entry.

import type { ImportedQuoteRow, QuoteRows, SpeakerRow, StubRow } from '../quote-rows.ts';

export interface BulkRows {
  stubs: Map<string, StubRow>;
  speakers: Map<string, SpeakerRow>;
  quotes: Map<string, ImportedQuoteRow>;
}

export const emptyBulkRows = (): BulkRows => ({ stubs: new Map(), speakers: new Map(), quotes: new Map() });

/** Folds one batch's rows into the gathered ones. */
export function addRows(all: BulkRows, rows: QuoteRows): void {
  for (const s of rows.stubs) {
    const seen = all.stubs.get(s.id);
    if (!seen) all.stubs.set(s.id, s);
    else if (s.knownSince < seen.knownSince) seen.knownSince = s.knownSince;
  }
  for (const p of rows.speakers) {
    const seen = all.speakers.get(p.id);
    if (!seen) all.speakers.set(p.id, p);
    else seen.qids = [...new Set([...seen.qids, ...p.qids])];
  }
  for (const q of rows.quotes) {
    const seen = all.quotes.get(q.id);
    if (!seen) {
      all.quotes.set(q.id, q);
      continue;
    }
    const known = new Set(seen.sources.map((s) => s.docId));
    seen.sources.push(...q.sources.filter((s) => !known.has(s.docId)));
    if (q.earliest && (!seen.earliest || q.latest! < seen.latest!))
      Object.assign(seen, { edtf: q.edtf, earliest: q.earliest, latest: q.latest, precision: q.precision });
  }
}

/** The earliest day a quote's sources were known, and how many there are. */
export function knownSince(all: BulkRows, q: ImportedQuoteRow): { since: string | null; sources: number } {
  let since: string | null = null;
  let sources = 0;
  for (const s of q.sources) {
    const stub = all.stubs.get(s.docId);
    if (!stub) continue;
    sources++;
    if (since === null || stub.knownSince < since) since = stub.knownSince;
  }
  return { since, sources };
}

const LAST_DAY = Date.UTC(9999, 11, 31);

/**
 * The sort key of a timeline entry, as timeline/refresh-timeline-entries writes it: the earliest day, then
 * the days from the latest to 9999-12-31 (narrower spans first), then the fact id.
 */
export function timelineKey(earliest: string, latest: string, id: string): string {
  const [y, m, d] = latest.split('-').map(Number) as [number, number, number];
  const days = Math.round((LAST_DAY - Date.UTC(y, m - 1, d)) / 86_400_000);
  return `${earliest}|${String(days).padStart(7, '0')}|${id}`;
}
