import { removeDocument } from '../../curation/documents.ts';
import type { Command } from '../command.ts';
import { eachDocument } from './each-document.ts';

/**
 * Removes documents by id or url, each in its own transaction (the removeDocument mutation does
 * the same): what only it supported goes, what other documents support stays. Every removal is in
 * the audit log with the reason and the operating-system user who ran it.
 */
export const documentsRemove: Command = {
  path: ['documents', 'remove'],
  summary: 'remove documents (by id or url) and the facts only they supported',
  usage: 'documents remove ID|URL… --reason TEXT [--json]',
  run: (args, ctx) =>
    eachDocument(args, ctx, {
      name: 'documents remove',
      needsReason: true,
      act: removeDocument,
      describe: (given, r) =>
        `removed ${r.documentId} (${given}): ${r.deletedFacts} facts, ${r.deletedRelations} relations and ` +
        `${r.deletedEntities} entities with it; ${r.keptFacts} facts kept by other sources`,
    }),
};
