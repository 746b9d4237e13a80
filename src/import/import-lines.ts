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

/**
 * Reads the files line by line (plain, .gz or .bz2; one batch in memory at a time) and writes their
 * records a batch per transaction: a batch is in the graph whole or not at all, and the checkpoint
 * moves only after its commit, so an import stopped anywhere goes on from its last batch. Records are
 * merged onto stable ids, so importing again changes nothing. Bad lines are skipped, counted and named.
 */
export async function importLines<R, D = Database>(
  db: D,
  files: readonly string[],
  format: LineFormat<R, D>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const started = performance.now();
  const { statePath } = options;
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
  const seconds = () => (performance.now() - started) / 1000;

  let batch: R[] = [];
  const failures: string[] = [];
  const flush = async (lastLine: number) => {
    if (batch.length) {
      const wrote = await format.write(db, batch);
      for (const [kind, n] of Object.entries(wrote.counts)) state.counts[kind] = (state.counts[kind] ?? 0) + n;
      for (const f of wrote.failures ?? []) if (failures.length < NAMED_BAD) failures.push(f);
      records += batch.length;
      batch = [];
    }
    state.line = lastLine;
    state.counts.bad = bad;
    if (statePath) await saveCheckpoint(statePath, state);
  };

  for (; state.fileIndex < files.length; state.fileIndex++, state.line = 0) {
    const file = files[state.fileIndex]!;
    const skipTo = state.line;
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
        if (state.badLines.length < NAMED_BAD) state.badLines.push({ file, line: number, reason: parsed.error });
        continue;
      }
      batch.push(parsed.record);
      if (batch.length >= options.batchSize) {
        await flush(number);
        options.onProgress?.({ lines, records, seconds: seconds(), file });
      }
    }
    await flush(last);
    options.onProgress?.({ lines, records, seconds: seconds(), file });
  }
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
