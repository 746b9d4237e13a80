import type { Command } from '../command.ts';
import { dbMigrate } from './db-migrate.ts';
import { dbStart } from './db-start.ts';
import { dbStatus } from './db-status.ts';
import { dbStop } from './db-stop.ts';
import { dbDump } from './db-dump.ts';
import { dbLoad } from './db-load.ts';
import { start } from './start.ts';
import { extract } from './extract.ts';
import { ingest } from './ingest.ts';
import { watch } from './watch.ts';
import { apikeyCreate } from './apikey-create.ts';
import { documentsRemove } from './documents-remove.ts';
import { documentsRestore } from './documents-restore.ts';
import { documentsWithdraw } from './documents-withdraw.ts';
import { reextractCommand } from './reextract.ts';
import { wikidataLink } from './wikidata-link.ts';
import { quotesClusters } from './quotes-clusters.ts';
import { exportCommand } from './export.ts';
import { importQuotebank } from './import-quotebank.ts';
import { importQuotes } from './import-quotes.ts';
import { importArticles } from './import-articles.ts';
import { importGdelt } from './import-gdelt.ts';

export const commands: Command[] = [
  start,
  extract,
  ingest,
  watch,
  documentsRemove,
  documentsWithdraw,
  documentsRestore,
  reextractCommand,
  wikidataLink,
  quotesClusters,
  exportCommand,
  importQuotebank,
  importQuotes,
  importArticles,
  importGdelt,
  dbStart,
  dbStop,
  dbStatus,
  dbMigrate,
  dbDump,
  dbLoad,
  apikeyCreate,
];
