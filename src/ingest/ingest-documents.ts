import type { Database } from '../db/database.ts';
import { readDocuments, readInput, type InputFile, type SourceDocument } from '../documents/index.ts';
import type { DocumentMeta, ExtractedDocument } from '../extract/types.ts';
import { extractDocument, type AliasTable } from '../extract/index.ts';
import type { ErrorCode } from '../errors/app-error.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { documentId } from './document-rows.ts';
import { writeDocument, type WriteResult } from './write-document.ts';
import { writeDocuments } from './write-documents.ts';
import { WritePool } from './write-pool.ts';

export interface IngestFailure {
  file: string;
  reason: string;
  /** for a document the database did not take: the error code (DATABASE_UNAVAILABLE: try again later) */
  code?: ErrorCode;
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
  /** documents stored with their text but not extracted (no rules for their language), with the reason */
  notExtracted: IngestFailure[];
}

export interface IngestOptions {
  overrides?: Partial<DocumentMeta>;
  aliases?: AliasTable;
  /** files larger than this are refused, naming the file (config.maxDocumentBytes; default 5 MiB) */
  maxDocumentBytes?: number;
  /**
   * how a name becomes bytes: readInput (files and stdin) unless the caller passes another; the CLI passes
   * readSource, which fetches web addresses too
   */
  read?: (file: string) => Promise<InputFile>;
  /** writes in flight at once, each its own transaction (config.ingestConcurrency; default 1) */
  concurrency?: number;
  /**
   * documents per transaction (config.ingestBatch; default 1): each document is still written whole, and a
   * batch that fails is written again one document per transaction (src/ingest/write-documents.ts)
   */
  batch?: number;
  /** called as each document's write completes (with several in flight: in the order they complete) */
  onDocument?: (result: WriteResult, summary: IngestSummary) => void;
  /** checked between documents: Ctrl-C stops after the documents being written, never inside one */
  shouldStop?: () => boolean;
  /**
   * Tests only: the batch started after `afterBatches` others is written and, before its commit, `pause`
   * runs (once) with what has been committed so far. Exact with concurrency 1; with more, the other
   * writes in flight go on (src/cli/test-pause.ts).
   */
  pauseBeforeCommit?: {
    afterBatches: number;
    pause: (committed: { batches: number; documents: number }) => Promise<void>;
  };
}

const NOT_WRITTEN = 'not written: the database became unavailable';

/**
 * The ingest pipeline shared by the CLI, `npm start` and the GraphQL mutation: read each file,
 * extract, and write the documents in batches of `batch`, one transaction per batch, up to
 * `concurrency` batches in flight (extraction of the next documents overlaps the writes). A bad file
 * or document is reported and skipped; the others still go in.
 */
export async function ingestFiles(db: Database, files: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const summary: IngestSummary = {
    files: files.length,
    documents: 0,
    created: 0,
    replaced: 0,
    unchanged: 0,
    quotes: 0,
    claims: 0,
    entities: 0,
    relations: 0,
    failed: [],
    notExtracted: [],
  };
  const pool = new WritePool(opts.concurrency ?? 1);
  const batchSize = opts.batch ?? 1;
  if (!Number.isInteger(batchSize) || batchSize < 1)
    throw new RangeError(`ingest batch must be a positive integer, got ${batchSize}`);
  let unavailable = false;
  const fail = (file: string, reason: string, code?: ErrorCode) =>
    summary.failed.push(code ? { file, reason, code } : { file, reason });
  let pending: { name: string; extracted: ExtractedDocument }[] = [];
  let started = 0;
  let committedBatches = 0;
  const flush = async () => {
    const batch = pending;
    pending = [];
    if (!batch.length) return;
    started++;
    const hold = opts.pauseBeforeCommit;
    const hooks =
      hold && started === hold.afterBatches + 1
        ? { beforeCommit: pauseOnce(() => hold.pause({ batches: committedBatches, documents: summary.documents })) }
        : {};
    await pool.add(
      batch.map((b) => documentId(b.extracted)),
      async () => {
        // a batch that waited for room while Ctrl-C came is not being written yet: left out like `pending`
        if (opts.shouldStop?.()) return;
        const outcomes = await writeDocuments(
          db,
          batch.map((b) => b.extracted),
          hooks,
        );
        if (outcomes.every((o) => o.result)) committedBatches++;
        for (const [i, o] of outcomes.entries()) {
          if (o.result) {
            add(summary, o.result);
            const { extracted } = batch[i]!;
            if (extracted.extracted === false)
              summary.notExtracted.push({ file: batch[i]!.name, reason: extracted.notExtractedReason ?? '' });
            opts.onDocument?.(o.result, summary);
            continue;
          }
          const code = toAppError(o.error).code;
          const lost = code === 'DATABASE_UNAVAILABLE';
          // the first document the outage stopped gets its reason; the ones after it were never tried
          fail(batch[i]!.name, lost && unavailable ? NOT_WRITTEN : reasonOf(o.error), code);
          if (lost) unavailable = true;
        }
      },
    );
  };
  for (const [index, file] of files.entries()) {
    if (opts.shouldStop?.()) break;
    if (unavailable) {
      for (const rest of files.slice(index)) fail(rest, NOT_WRITTEN);
      break;
    }
    let docs: SourceDocument[];
    try {
      const input = await (opts.read ?? ((f: string) => readInput(f, opts.maxDocumentBytes)))(file);
      docs = readDocuments(input, opts.overrides ?? {}, opts.maxDocumentBytes);
    } catch (err) {
      fail(file, (err as Error).message);
      continue;
    }
    for (const [at, doc] of docs.entries()) {
      if (opts.shouldStop?.()) break;
      if (unavailable) {
        // Every further document would wait out the driver's retries for nothing: name them all
        // as not written, so a rerun (unchanged documents are skipped) completes the set.
        for (const rest of docs.slice(at)) fail(rest.meta.source || file, NOT_WRITTEN);
        for (const rest of files.slice(index + 1)) fail(rest, NOT_WRITTEN);
        break;
      }
      const name = doc.meta.source || file;
      try {
        pending.push({
          name,
          extracted: extractDocument(doc.body, doc.meta, opts.aliases ? { aliases: opts.aliases } : {}),
        });
      } catch (err) {
        fail(name, reasonOf(err));
        continue;
      }
      if (pending.length >= batchSize) await flush();
    }
  }
  // documents read but not yet written: a stop leaves them out (a rerun writes them), an outage names them
  if (unavailable) for (const p of pending) fail(p.name, NOT_WRITTEN);
  else if (!opts.shouldStop?.()) await flush();
  await pool.drain();
  return summary;
}

/** The pause of a test runs at the first try only: a retried transaction commits without waiting again. */
function pauseOnce(pause: () => Promise<void>): () => Promise<void> {
  let paused = false;
  return async () => {
    if (paused) return;
    paused = true;
    await pause();
  };
}

function reasonOf(err: unknown): string {
  const e = toAppError(err);
  // an error we have no name for: the words of whatever raised it (the database's, when it refused a value)
  return e.code === 'INTERNAL_SERVER_ERROR' && e.cause instanceof Error ? e.cause.message : e.message;
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
