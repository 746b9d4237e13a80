import type { Database } from '../db/database.ts';
import { readLines } from '../wikidata/open-lines.ts';
import { stampFiles } from '../wikidata/link-state.ts';
import {
  type BadLine,
  dropCheckpoint,
  type ImportCheckpoint,
  loadCheckpoint,
  saveCheckpoint,
} from './import-checkpoint.ts';

/** A line of a file, or a record a format joined from several (a CSV row with line breaks in a field). */
export interface NumberedLine {
  line: string;
  /** the line it starts on, from 1 */
  number: number;
}

/** What an importer knows of its format: how a line reads, and how a batch of records is written. */
export interface LineFormat<R, D = Database> {
  name: string;
  /**
   * whether batches may be written at once (ImportOptions.concurrency): its writes lock what batches share
   * before reading it, in one order. Otherwise (a document read twice must keep its later version) one at a time.
   */
  concurrent?: boolean;
  /** records per batch when --batch is not given (default 1000) */
  batch?: number;
  /** how a file's lines become records: CSV joins quoted line breaks and reads the header (default: one per line) */
  records?: (file: string, lines: AsyncIterable<NumberedLine>) => AsyncIterable<NumberedLine>;
  /** a record, or why the line is not one; `at` names where it was read */
  parse(line: string, at: { file: string; number: number }): { record: R } | { error: string };
  /**
   * writes the batch (in one transaction, or each record whole in its own); what it wrote, by kind, is
   * added to the summary's counts, and `failures` names records it refused
   */
  write(db: D, records: R[]): Promise<{ counts: Record<string, number>; failures?: string[] }>;
}

export interface ImportOptions {
  batchSize: number;
  /**
   * batches written at once, each its own transaction (default 1): reading and parsing the next batch
   * overlaps the writes, and the server works on several. The checkpoint still moves only past batches
   * that committed with every batch before them.
   */
  concurrency?: number;
  /** a checkpoint file: written after each committed batch, gone when every file was read */
  statePath?: string;
  onProgress?: (p: { lines: number; records: number; seconds: number; file: string }) => void;
}

export interface ImportSummary {
  format: string;
  files: string[];
  /** lines read this run (after the checkpoint's, when it went on from one) */
  lines: number;
  /** records written this run */
  records: number;
  bad: number;
  /** the first bad lines, named by file and line */
  badLines: BadLine[];
  /** records a batch's write refused (the first 20), named by the format */
  failures: string[];
  /** what was written, by kind, over the whole import (a resumed one includes the earlier runs) */
  counts: Record<string, number>;
  resumedFrom: { file: string; line: number } | null;
  seconds: number;
  recordsPerSecond: number;
}

/** how many bad lines the summary names (all are counted) */
const NAMED_BAD = 20;

type Wrote = Awaited<ReturnType<LineFormat<unknown>['write']>>;

/** A batch handed to the format: where it ends, and what had been read by then (for its checkpoint). */
interface Pending {
  done: Promise<Wrote>;
  records: number;
  fileIndex: number;
  line: number;
  bad: number;
  badLines: number;
  file: string;
}

/**
 * Reads the files line by line (plain, .gz or .bz2; `concurrency` batches in memory at a time) and writes
 * their records a batch per transaction: a batch is in the graph whole or not at all, and the checkpoint
 * moves only past batches committed with all before them, so an import stopped anywhere goes on from
 * there. Records are merged onto stable ids, so importing again changes nothing (and a batch written
 * twice, once before a stop and again after it, changes nothing either). Bad lines are skipped, counted
 * and named.
 */
export async function importLines<R, D = Database>(
  db: D,
  files: readonly string[],
  format: LineFormat<R, D>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const { statePath } = options;
  const concurrency = format.concurrent ? (options.concurrency ?? 1) : 1;
  if (!Number.isInteger(concurrency) || concurrency < 1)
    throw new RangeError(`import concurrency must be a positive integer, got ${concurrency}`);
  const stamps = await stampFiles(files);
  const resumed = statePath ? await loadCheckpoint(statePath, format.name, stamps) : null;
  const state: ImportCheckpoint = resumed ?? {
    version: 1,
    format: format.name,
    files: stamps,
    fileIndex: 0,
    line: 0,
    counts: {},
    badLines: [],
  };
  const resumedFrom = resumed ? { file: files[resumed.fileIndex] ?? '', line: resumed.line } : null;
  let lines = 0;
  let records = 0;
  let bad = state.counts.bad ?? 0;
  const badLines = [...state.badLines];
  const seconds = () => (performance.now() - started) / 1000;

  let batch: R[] = [];
  const failures: string[] = [];
  const pending: Pending[] = [];

  // the oldest batch in flight has committed: count it and move the checkpoint past it
  const settleOldest = async () => {
    const p = pending.shift()!;
    let wrote: Wrote;
    try {
      wrote = await p.done;
    } catch (err) {
      // the checkpoint stays before this batch; what the later ones wrote is merged again on resume
      await Promise.allSettled(pending.map((q) => q.done));
      throw err;
    }
    for (const [kind, n] of Object.entries(wrote.counts)) state.counts[kind] = (state.counts[kind] ?? 0) + n;
    for (const f of wrote.failures ?? []) if (failures.length < NAMED_BAD) failures.push(f);
    records += p.records;
    Object.assign(state, { fileIndex: p.fileIndex, line: p.line, badLines: badLines.slice(0, p.badLines) });
    state.counts.bad = p.bad;
    if (statePath) await saveCheckpoint(statePath, state);
    options.onProgress?.({ lines, records, seconds: seconds(), file: p.file });
  };
  const cut = async (fileIndex: number, line: number) => {
    const records = batch;
    batch = [];
    const done = records.length ? format.write(db, records) : Promise.resolve({ counts: {} });
    // a rejection is read when the batch settles; until then it must not count as unhandled
    done.catch(() => undefined);
    const file = files[fileIndex]!;
    pending.push({ done, records: records.length, fileIndex, line, bad, badLines: badLines.length, file });
    while (pending.length >= concurrency) await settleOldest();
  };

  for (let fileIndex = state.fileIndex; fileIndex < files.length; fileIndex++) {
    const file = files[fileIndex]!;
    const skipTo = fileIndex === state.fileIndex ? state.line : 0;
    let last = skipTo;
    const physical = readLines(file);
    for await (const { line, number } of format.records ? format.records(file, physical) : physical) {
      if (number <= skipTo) continue;
      lines++;
      last = number;
      if (!line.trim()) continue;
      const parsed = format.parse(line, { file, number });
      if ('error' in parsed) {
        bad++;
        if (badLines.length < NAMED_BAD) badLines.push({ file, line: number, reason: parsed.error });
        continue;
      }
      batch.push(parsed.record);
      if (batch.length >= options.batchSize) await cut(fileIndex, number);
    }
    await cut(fileIndex, last);
  }
  while (pending.length) await settleOldest();
  if (statePath) await dropCheckpoint(statePath);
  const s = seconds();
  return {
    format: format.name,
    files: [...files],
    lines,
    records,
    bad,
    badLines: state.badLines,
    failures,
    counts: Object.fromEntries(Object.entries(state.counts).filter(([k]) => k !== 'bad')),
    resumedFrom,
    seconds: s,
    recordsPerSecond: Math.round(records / Math.max(s, 0.001)),
  };
}
