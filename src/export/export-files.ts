// Every file an export writes, by name: what `quotegraph export --format …` writes and what
// GET /export/<name> streams (docs/export.md). One table, so the command and the downloads cannot differ.

import type { Database } from '../db/database.ts';
import { edgesCsv, nodesCsv, quotesCsv } from './csv-tables.ts';
import type { ExportRequest } from './export-request.ts';
import { graphml } from './graphml.ts';
import { graphNodeIds } from './graph-walk.ts';
import { jsonld } from './jsonld.ts';
import { quotesNdjson } from './quotes-ndjson.ts';

export interface ExportRun {
  db: Database;
  request: ExportRequest;
  /** the graph's node ids, read once per run however many files need them */
  nodeIds: () => Promise<string[]>;
  onPage?: (done: number, total: number) => void;
}

export interface ExportFile {
  contentType: string;
  write: (run: ExportRun) => AsyncGenerator<string>;
}

export const EXPORT_FILES = {
  'quotes.ndjson': {
    contentType: 'application/x-ndjson',
    write: ({ db, request, onPage }) => quotesNdjson(db, request.quotes, onPage),
  },
  'graph.graphml': {
    contentType: 'application/graphml+xml',
    write: async function* ({ db, request, nodeIds }) {
      yield* graphml(db, request.graph, await nodeIds());
    },
  },
  'graph.jsonld': {
    contentType: 'application/ld+json',
    write: async function* ({ db, request, nodeIds }) {
      yield* jsonld(db, request.quotes, await nodeIds());
    },
  },
  'nodes.csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    write: async function* ({ db, nodeIds }) {
      yield* nodesCsv(db, await nodeIds());
    },
  },
  'edges.csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    write: async function* ({ db, request, nodeIds }) {
      yield* edgesCsv(db, request.graph, await nodeIds());
    },
  },
  'quotes.csv': {
    contentType: 'text/csv; charset=utf-8; header=present',
    write: ({ db, request }) => quotesCsv(db, request.quotes),
  },
} satisfies Record<string, ExportFile>;

export type ExportFileName = keyof typeof EXPORT_FILES;

/** The files of each format: one for a single-file format, the tables of csv (written into a folder). */
export const FORMATS = {
  ndjson: ['quotes.ndjson'],
  graphml: ['graph.graphml'],
  jsonld: ['graph.jsonld'],
  csv: ['nodes.csv', 'edges.csv', 'quotes.csv'],
} as const satisfies Record<string, readonly ExportFileName[]>;

export type ExportFormat = keyof typeof FORMATS;

export const isExportFormat = (v: string): v is ExportFormat => Object.hasOwn(FORMATS, v);
export const isExportFileName = (v: string): v is ExportFileName => Object.hasOwn(EXPORT_FILES, v);

/** A run's context: the node ids are read on first use and kept for the other files of the run. */
export function exportRun(
  db: Database,
  request: ExportRequest,
  onPage?: (done: number, total: number) => void,
): ExportRun {
  let ids: Promise<string[]> | null = null;
  return { db, request, nodeIds: () => (ids ??= graphNodeIds(db, request.graph)), ...(onPage ? { onPage } : {}) };
}
