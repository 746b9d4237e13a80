// Article tables: the shape news archives and Media Cloud-style exports have, as CSV (a header row) or
// JSON lines, plain, .gz or .bz2: a record per article with its text and metadata (url, title, published
// date, outlet, lang; the same field names a .jsonl file given to `ingest` may use). Each record is read
// through extraction and written as an ingested file is: each document whole, a batch per transaction.

import type { Database } from '../db/database.ts';
import { fromRecord, InputError, type SourceDocument } from '../documents/index.ts';
import { extractDocument } from '../extract/index.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import { writeDocuments } from '../ingest/write-documents.ts';
import { toAppError } from '../errors/to-app-error.ts';
import { csvRecords } from './csv-records.ts';
import type { LineFormat } from './import-lines.ts';
import { objectOfLine } from './json-line.ts';

export const ARTICLES = 'articles';

const isCsv = (file: string) => /\.csv(\.gz|\.bz2)?$/i.test(file);

export function articlesFormat(): LineFormat<SourceDocument> {
  return {
    name: ARTICLES,
    // articles are long and extraction is the work: a smaller batch keeps memory and a retried batch small
    batch: 50,
    records: (file, lines) => (isCsv(file) ? csvRecords(lines) : lines),
    parse(line, at) {
      // a CSV row the reader could not make a record of comes as its reason
      if (line.startsWith('not a record')) return { error: line };
      const read = objectOfLine(line);
      if ('error' in read) return read;
      try {
        const r = fromRecord(at.file, read.object, 'the record', `:${at.number}`);
        return { record: { meta: { source: `${at.file}:${at.number}`, ...r.meta }, body: r.body } };
      } catch (err) {
        if (err instanceof InputError) return { error: err.reason };
        throw err;
      }
    },
    async write(db: Database, docs: SourceDocument[]) {
      const failures: string[] = [];
      const extracted: ExtractedDocument[] = [];
      for (const d of docs) {
        try {
          extracted.push(extractDocument(d.body, d.meta));
        } catch (err) {
          failures.push(`${d.meta.source}: ${toAppError(err).message}`);
        }
      }
      const outcomes = await writeDocuments(db, extracted);
      const counts = { created: 0, replaced: 0, unchanged: 0, failed: failures.length, quotes: 0 };
      outcomes.forEach((o, i) => {
        if (o.result) {
          counts[o.result.status]++;
          counts.quotes += o.result.quotes;
          return;
        }
        const e = toAppError(o.error);
        // the database went away: the batch is not done, and the checkpoint must not pass it
        if (e.code === 'DATABASE_UNAVAILABLE') throw e;
        counts.failed++;
        failures.push(`${extracted[i]!.source}: ${e.message}`);
      });
      return { counts, failures };
    },
  };
}
