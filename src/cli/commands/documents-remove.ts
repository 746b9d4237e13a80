import os from 'node:os';
import { parseArgs } from 'node:util';
import { removeDocument } from '../../curation/documents.ts';
import { toAppError } from '../../errors/to-app-error.ts';
import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

/**
 * Withdraws documents by id or url, each in its own transaction (the removeDocument mutation does
 * the same): what only it supported goes, what other documents support stays. Every removal is in
 * the audit log with the reason and the operating-system user who ran it.
 */
export const documentsRemove: Command = {
  path: ['documents', 'remove'],
  summary: 'withdraw documents (by id or url) and the facts only they supported',
  usage: 'documents remove ID|URL… --reason TEXT [--json]',
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: { reason: { type: 'string' }, json: { type: 'boolean' } },
    });
    if (!positionals.length || !values.reason?.trim()) {
      ctx.say('documents remove: give one or more document ids or urls and --reason TEXT');
      return 2;
    }
    const who = `cli:${os.userInfo().username}`;
    return withDatabase(ctx, async (db) => {
      let failed = 0;
      for (const given of positionals) {
        try {
          const r = await removeDocument(db, who, given, values.reason!);
          if (values.json) ctx.print(JSON.stringify({ given, ...r }));
          else
            ctx.print(
              `removed ${r.documentId} (${given}): ${r.deletedFacts} facts, ${r.deletedRelations} relations and ${r.deletedEntities} entities with it; ${r.keptFacts} facts kept by other sources`,
            );
        } catch (err) {
          const e = toAppError(err);
          failed++;
          if (values.json) ctx.print(JSON.stringify({ given, error: { code: e.code, message: e.message } }));
          else ctx.say(`documents remove: ${given}: ${e.message} (${e.code})`);
        }
      }
      return failed ? 1 : 0;
    });
  },
};
