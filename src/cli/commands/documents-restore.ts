import { restoreDocument } from '../../curation/documents.ts';
import type { Command } from '../command.ts';
import { eachDocument } from './each-document.ts';

/** Restores withdrawn documents (the restoreDocument mutation): they and what their withdrawal hid are read again. */
export const documentsRestore: Command = {
  path: ['documents', 'restore'],
  summary: 'restore withdrawn documents (by id or url)',
  usage: 'documents restore ID|URL… [--json]',
  run: (args, ctx) =>
    eachDocument(args, ctx, {
      name: 'documents restore',
      needsReason: false,
      act: (db, who, given) => restoreDocument(db, who, given),
      describe: (given, r) =>
        `restored ${r.documentId} (${given}): ${r.shownFacts} facts and ${r.shownRelations} relations shown again`,
    }),
};
