import type { Database } from '../db/database.ts';
import { toAppError } from '../errors/to-app-error.ts';
import type { ExtractedDocument } from '../extract/types.ts';
import { writeDocument, type WriteResult } from './write-document.ts';

/** What became of one document of a batch: its write result, or the error that kept it out. */
export type DocumentOutcome = { result: WriteResult; error?: undefined } | { result?: undefined; error: unknown };

export interface WriteHooks {
  /**
   * Runs inside the batch's transaction once every document is written, before the commit; it may run
   * again if the transaction is retried. For tests that need a fault at a known point (test-pause.ts).
   */
  beforeCommit?: () => Promise<void>;
}

/**
 * Writes a batch of extracted documents in one transaction, each whole (writeDocument, in order, so a
 * later version of a url in the same batch replaces the earlier). One commit for many documents is what
 * makes a first load of an archive fast; a document is still stored whole or not at all. When the batch
 * fails, none of it was committed, and every document is written again in its own transaction, so the
 * one that fails is named alone and the others land. Outcomes come in the order of `docs`.
 */
export async function writeDocuments(
  db: Database,
  docs: readonly ExtractedDocument[],
  hooks: WriteHooks = {},
): Promise<DocumentOutcome[]> {
  if (docs.length > 1) {
    try {
      const results = await db.write(async (tx) => {
        const out: WriteResult[] = [];
        for (const d of docs) out.push(await writeDocument(tx, d));
        await hooks.beforeCommit?.();
        return out;
      }, 'ingest');
      return results.map((result) => ({ result }));
    } catch (err) {
      // an unavailable database fails each document alike: no point in trying them one by one
      if (toAppError(err).code === 'DATABASE_UNAVAILABLE') return docs.map(() => ({ error: err }));
    }
  }
  const outcomes: DocumentOutcome[] = [];
  for (const [i, d] of docs.entries()) {
    try {
      outcomes.push({
        result: await db.write(async (tx) => {
          const result = await writeDocument(tx, d);
          // a batch of one goes this way: its transaction is the batch's (not so for the retry of a failed batch)
          if (docs.length === 1) await hooks.beforeCommit?.();
          return result;
        }, 'ingest'),
      });
    } catch (error) {
      outcomes.push({ error });
      if (toAppError(error).code === 'DATABASE_UNAVAILABLE') {
        for (let rest = i + 1; rest < docs.length; rest++) outcomes.push({ error });
        break;
      }
    }
  }
  return outcomes;
}
