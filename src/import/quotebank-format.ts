import type { Database } from '../db/database.ts';
import { defaultAliasTable } from '../extract/aliases/alias-table.ts';
import { version } from '../version.ts';
import type { RowsFormat } from './bulk/bulk-import.ts';
import type { LineFormat } from './import-lines.ts';
import { IMPORT_BATCH_TIMEOUT_MS, writeQuoteRows } from './quote-rows.ts';
import { parseQuotebankLine, type QuotebankRecord } from './quotebank-record.ts';
import { QUOTEBANK, quotebankRows, speakerIdResolver } from './quotebank-rows.ts';

/**
 * The default threshold for taking Quotebank's most probable speaker: above half, the model gives that
 * name more weight than every other candidate and "None" together. Below it the quote stays
 * unattributed, with its candidates kept (docs/import.md).
 */
export const DEFAULT_SPEAKER_THRESHOLD = 0.5;

/** Quotebank's quotation-centric JSON lines as an importer format (docs/import.md). */
export function quotebankFormat(threshold = DEFAULT_SPEAKER_THRESHOLD): LineFormat<QuotebankRecord> {
  const speakerId = speakerIdResolver(defaultAliasTable());
  const who = { extractor: `${QUOTEBANK}@${version}`, origin: QUOTEBANK };
  return {
    name: QUOTEBANK,
    concurrent: true,
    parse: parseQuotebankLine,
    write: (db: Database, records: QuotebankRecord[]) =>
      db.write(
        (tx) => writeQuoteRows(tx, quotebankRows(records, threshold, speakerId), who),
        'import quotebank',
        IMPORT_BATCH_TIMEOUT_MS,
      ),
  };
}

/** The same records as rows for the bulk path (an empty local graph, Neo4j's offline importer). */
export function quotebankRowsFormat(threshold = DEFAULT_SPEAKER_THRESHOLD): RowsFormat<QuotebankRecord> {
  const speakerId = speakerIdResolver(defaultAliasTable());
  return {
    name: QUOTEBANK,
    parse: parseQuotebankLine,
    rows: (records) => quotebankRows(records, threshold, speakerId),
    who: { extractor: `${QUOTEBANK}@${version}`, origin: QUOTEBANK },
  };
}
