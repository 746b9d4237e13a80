import type { Database } from '../db/database.ts';
import { version } from '../version.ts';
import { type GdeltRecord, parseGdeltLine } from './gdelt-record.ts';
import { GDELT, gdeltRows } from './gdelt-rows.ts';
import type { LineFormat } from './import-lines.ts';
import { IMPORT_BATCH_TIMEOUT_MS, writeQuoteRows } from './quote-rows.ts';

/** The GDELT Global Quotation Graph's JSON lines as an importer format (docs/import.md). */
export function gdeltFormat(): LineFormat<GdeltRecord> {
  const who = { extractor: `${GDELT}@${version}`, origin: GDELT };
  return {
    name: GDELT,
    concurrent: true,
    // a record is an article with several quotes, each read by the extractor: a batch of 250 records is
    // about a thousand quotes, a transaction the size of Quotebank's
    batch: 250,
    parse: parseGdeltLine,
    async write(db: Database, records: GdeltRecord[]) {
      const { counts, ...rows } = gdeltRows(records);
      const wrote = await db.write((tx) => writeQuoteRows(tx, rows, who), 'import gdelt', IMPORT_BATCH_TIMEOUT_MS);
      return { counts: { ...wrote.counts, ...counts } };
    },
  };
}
