import { withdrawDocument } from '../../curation/documents.ts';
import type { Command } from '../command.ts';
import { eachDocument } from './each-document.ts';

/** Withdraws documents without deleting them (the withdrawDocument mutation); `documents restore` undoes it. */
export const documentsWithdraw: Command = {
  path: ['documents', 'withdraw'],
  summary: 'hide documents (by id or url) and the facts only they supported, without deleting them',
  usage: 'documents withdraw ID|URL… --reason TEXT [--json]',
  run: (args, ctx) =>
    eachDocument(args, ctx, {
      name: 'documents withdraw',
      needsReason: true,
      act: withdrawDocument,
      describe: (given, r) =>
        `withdrew ${r.documentId} (${given}): ${r.hiddenFacts} facts and ${r.hiddenRelations} relations ` +
        `hidden with it; ${r.keptFacts} facts kept by other sources`,
    }),
};
