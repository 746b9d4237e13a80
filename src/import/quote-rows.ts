// The rows every quote importer writes (cypher/import/*.cypher), whatever the corpus: document stubs
// (documents known by their url and metadata, without text), speakers, and quotes with their sources.
// writeQuoteRows writes one batch of them inside the caller's transaction.

import type { CypherTx } from '../db/database.ts';
import { type EntityType, entityLabels } from '../model/entity-kinds.ts';
import type { UnattributedReason } from '../model/unattributed-reasons.ts';
import { resolveEntityIds } from '../queries/entity/resolve-entity-id.ts';

export interface StubRow {
  id: string;
  url: string | null;
  outlet: string | null;
  title: string | null;
  lang: string | null;
  publishedAt: string | null;
  /** when the public record knew it: its publication, else the earliest day a quote it carries was seen */
  knownSince: string;
}

export interface SpeakerRow {
  id: string;
  name: string;
  type: EntityType;
  /** Wikidata items the corpus gives for the name (kept for linking) */
  qids: string[];
  /** the item the corpus linked the entity to (an export of ours), kept when the entity has none */
  wikidataId: string | null;
}

export interface SourceRow {
  docId: string;
  start: number | null;
  end: number | null;
  excerpt: string | null;
  cue: string | null;
  confidence: number | null;
  method: string | null;
  /** the extractor that read it where it came from (an export of ours); null: the importer's own */
  extractor: string | null;
}

export interface ImportedQuoteRow {
  id: string;
  textId: string;
  wordsId: string;
  text: string;
  lang: string | null;
  kind: string;
  speakerId: string | null;
  speakerDescription: string | null;
  edtf: string | null;
  earliest: string | null;
  latest: string | null;
  precision: string | null;
  basis: string | null;
  /** the speaker candidates a corpus weighed (null: none given, what is stored stays) */
  candidates: string[] | null;
  probabilities: number[] | null;
  qids: string[] | null;
  occurrences: number | null;
  importedId: string | null;
  phase: string | null;
  /**
   * why nobody could be found to have said it, when attribution was not tried ('unsupported-language':
   * its language has no rules); absent or null: attribution was tried, or the corpus named the speaker
   */
  unattributedReason?: UnattributedReason | null;
  sources: SourceRow[];
}

export interface QuoteRows {
  stubs: StubRow[];
  speakers: SpeakerRow[];
  quotes: ImportedQuoteRow[];
}

/**
 * How long a batch's transaction may take (QUERY_TIMEOUT_MS is a request's limit): a thousand records on a
 * busy machine, with another batch in flight holding locks it waits for, can take well over 15 s.
 */
export const IMPORT_BATCH_TIMEOUT_MS = 300_000;

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The host a reader would name the outlet by: news.example.com stays, www. goes. */
export function outletOfUrl(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/**
 * Writes a batch in the caller's transaction: stubs and speakers, then the quotes with their speakers and
 * sources, then the timeline entries of the quotes. A speaker a curator merged into another entity speaks
 * as that entity (the quote keeps the id its words and the given speaker make, as an article's does).
 */
export async function writeQuoteRows(
  tx: CypherTx,
  rows: QuoteRows,
  who: { extractor: string; origin: string },
): Promise<{ counts: { quotes: number; attributed: number } }> {
  const current = await resolveEntityIds(
    tx,
    rows.speakers.map((s) => s.id),
  );
  const resolved = (id: string | null) => (id ? (current.get(id) ?? id) : null);
  const speakers = [
    ...new Map(
      rows.speakers.map((s) => {
        const id = resolved(s.id) ?? s.id;
        const { kind, labels } = entityLabels(s.type);
        return [id, { id, name: s.name, kind, labels, qids: s.qids, wikidataId: s.wikidataId }] as const;
      }),
    ).values(),
  ];
  const quotes = rows.quotes.map((q) => ({ ...q, speakerId: resolved(q.speakerId) })).sort(byId);
  // each kind in the order of its ids: batches written at once then lock what they share in one order
  // (stubs, then speakers, then quotes), and never deadlock on each other
  speakers.sort(byId);
  const [stubs] = await Promise.all([
    tx.one('import/merge-stubs', { stubs: [...rows.stubs].sort(byId), origin: who.origin }),
    speakers.length ? tx.one('import/merge-speakers', { speakers }) : null,
  ]);
  await tx.one('import/merge-quotes', { extractor: who.extractor, quotes });
  // stubs now known earlier than before: the quotes of earlier batches they carry follow
  if (stubs?.movedEarlier.length) await tx.rows('ingest/refresh-known-since', { docIds: stubs.movedEarlier });
  await tx.rows('timeline/refresh-timeline-entries', { ids: quotes.map((q) => q.id) });
  return { counts: { quotes: quotes.length, attributed: quotes.filter((q) => q.speakerId).length } };
}
