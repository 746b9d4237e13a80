import type { Database } from '../db/database.ts';
import { readDocuments, readInput, type SourceDocument } from '../documents/index.ts';
import type { DocumentMeta } from '../extract/types.ts';
import { extractDocument, type AliasTable } from '../extract/index.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { writeDocument, type WriteResult } from './write-document.ts';

export interface IngestFailure {
  file: string;
  reason: string;
}

export interface IngestSummary {
  files: number;
  documents: number;
  created: number;
  replaced: number;
  unchanged: number;
  quotes: number;
  claims: number;
  entities: number;
  relations: number;
  failed: IngestFailure[];
}

export interface IngestOptions {
  overrides?: Partial<DocumentMeta>;
  aliases?: AliasTable;
  onDocument?: (result: WriteResult, summary: IngestSummary) => void;
  /** checked between documents: Ctrl-C stops after the document being written, never inside it */
  shouldStop?: () => boolean;
}

/**
 * The ingest pipeline shared by the CLI, `npm start` and the GraphQL mutation: read each file,
 * extract, and write each document in its own transaction. A bad file is reported and skipped;
 * the others still go in.
 */
export async function ingestFiles(db: Database, files: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = { files: files.length, documents: 0, created: 0, replaced: 0, unchanged: 0, quotes: 0, claims: 0, entities: 0, relations: 0, failed: [] };
  for (const [index, file] of files.entries()) {
    if (opts.shouldStop?.()) break;
    let docs: SourceDocument[];
    try {
      docs = readDocuments(await readInput(file), opts.overrides ?? {});
    } catch (err) {
      summary.failed.push({ file, reason: (err as Error).message });
      continue;
    }
    for (const doc of docs) {
      if (opts.shouldStop?.()) break;
      try {
        const result = await ingestDocument(db, doc, opts.aliases);
        add(summary, result);
        opts.onDocument?.(result, summary);
      } catch (err) {
        const e = toAppError(err);
        summary.failed.push({ file: doc.meta.source || file, reason: e.code === 'INTERNAL_SERVER_ERROR' ? String((err as Error).message) : e.message });
        if (e.code === 'DATABASE_UNAVAILABLE') {
          // Every further document would wait out the driver's retries for nothing: name them all
          // as not written, so a rerun (unchanged documents are skipped) completes the set.
          for (const rest of docs.slice(docs.indexOf(doc) + 1)) summary.failed.push({ file: rest.meta.source || file, reason: 'not written: the database became unavailable' });
          for (const rest of files.slice(index + 1)) summary.failed.push({ file: rest, reason: 'not written: the database became unavailable' });
          return summary;
        }
      }
    }
  }
  return summary;
}

export async function ingestDocument(db: Database, doc: SourceDocument, aliases?: AliasTable): Promise<WriteResult> {
  const extracted = extractDocument(doc.body, doc.meta, aliases ? { aliases } : {});
  return db.write((tx) => writeDocument(tx, extracted), 'ingest');
}

function add(s: IngestSummary, r: WriteResult): void {
  s.documents++;
  s[r.status]++;
  s.quotes += r.quotes;
  s.claims += r.claims;
  s.entities += r.entities;
  s.relations += r.relations;
}
