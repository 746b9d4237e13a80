// The graph and its quotes as three CSV tables for pandas and R (docs/export.md): nodes.csv, edges.csv and
// quotes.csv. RFC 4180: a header row, CRLF line ends, a field quoted when it holds a comma, a double quote
// or a line break (the double quote doubled), UTF-8 without a byte order mark. A list field joins its items
// with `|`; a `|` inside an item is written %7C. An empty field is a missing value.

import type { Database } from '../db/database.ts';
import { type GraphScope, graphEdges, graphNodes } from './graph-walk.ts';
import { type QuoteExportFilter, quotePages } from './quotes-ndjson.ts';

type Cell = string | number | boolean | null | undefined | readonly (string | number | null)[];

export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const text = Array.isArray(value)
    ? value.map((v) => String(v ?? '').replaceAll('|', '%7C')).join('|')
    : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export const csvRow = (cells: readonly Cell[]): string => `${cells.map(csvField).join(',')}\r\n`;

export const NODE_COLUMNS = ['id', 'label', 'kind', 'wikidata_id', 'aliases'] as const;
export const EDGE_COLUMNS = ['id', 'source', 'target', 'kind', 'directed', 'weight', 'start', 'end', 'roles'] as const;
export const QUOTE_COLUMNS = [
  'id',
  'text',
  'lang',
  'speaker_id',
  'speaker_name',
  'speaker_wikidata_id',
  'speaker_description',
  'said_edtf',
  'said_earliest',
  'said_latest',
  'said_precision',
  'said_basis',
  'event_id',
  'known_since',
  'source_count',
  'document_ids',
  'urls',
  'outlets',
  'published_at',
  'spans',
] as const;

export async function* nodesCsv(db: Database, nodeIds: readonly string[]): AsyncGenerator<string> {
  yield csvRow(NODE_COLUMNS);
  for await (const nodes of graphNodes(db, nodeIds))
    yield nodes.map((n) => csvRow([n.id, n.name, n.kind, n.wikidataId, [...n.aliases].sort()])).join('');
}

export async function* edgesCsv(db: Database, scope: GraphScope, nodeIds: readonly string[]): AsyncGenerator<string> {
  yield csvRow(EDGE_COLUMNS);
  for await (const edges of graphEdges(db, scope, nodeIds))
    yield edges
      .map((e) => csvRow([e.id, e.source, e.target, e.kind, e.directed, e.weight, e.start, e.end, e.roles]))
      .join('');
}

/** One row per quote; the per-source lists (documents, urls, outlets, days, spans) are in the same order. */
export async function* quotesCsv(db: Database, filter: QuoteExportFilter): AsyncGenerator<string> {
  yield csvRow(QUOTE_COLUMNS);
  for await (const quotes of quotePages(db, filter))
    yield quotes
      .map((q) =>
        csvRow([
          q.id,
          q.text,
          q.lang,
          q.speaker?.id,
          q.speaker?.name,
          q.speaker?.wikidataId,
          q.speakerDescription,
          q.said.edtf,
          q.said.earliest,
          q.said.latest,
          q.said.precision,
          q.saidBasis,
          q.eventId,
          q.knownSince,
          q.sources.length,
          q.sources.map((s) => s.documentId),
          q.sources.map((s) => s.url),
          q.sources.map((s) => s.outlet),
          q.sources.map((s) => s.publishedAt),
          q.sources.map((s) => (s.start === null || s.end === null ? null : `${s.start}-${s.end}`)),
        ]),
      )
      .join('');
}
