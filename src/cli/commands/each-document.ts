import os from 'node:os';
import { parseArgs } from 'node:util';
import type { Database } from '../../db/database.ts';
import { toAppError } from '../../errors/to-app-error.ts';
import type { CommandContext } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export interface EachDocument<R> {
  /** "documents remove": names the command in its messages */
  name: string;
  /** whether the command wants --reason TEXT */
  needsReason: boolean;
  act(db: Database, who: string, given: string, reason: string): Promise<R>;
  /** the human line for one document done */
  describe(given: string, result: R): string;
}

/**
 * The `documents …` commands: documents by id or url, each in its own transaction, audited with the
 * operating-system user who ran it. A document that fails is named with the reason and the rest go
 * on; the exit code is 1 when any failed. `--json` prints one line per document.
 */
export async function eachDocument<R extends object>(
  args: string[],
  ctx: CommandContext,
  command: EachDocument<R>,
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { reason: { type: 'string' }, json: { type: 'boolean' } },
  });
  const reason = values.reason?.trim() ?? '';
  if (!positionals.length || (command.needsReason && !reason)) {
    ctx.say(`${command.name}: give one or more document ids or urls${command.needsReason ? ' and --reason TEXT' : ''}`);
    return 2;
  }
  const who = `cli:${os.userInfo().username}`;
  return withDatabase(ctx, async (db) => {
    let failed = 0;
    for (const given of positionals) {
      try {
        const r = await command.act(db, who, given, reason);
        ctx.print(values.json ? JSON.stringify({ given, ...r }) : command.describe(given, r));
      } catch (err) {
        const e = toAppError(err);
        failed++;
        if (values.json) ctx.print(JSON.stringify({ given, error: { code: e.code, message: e.message } }));
        else ctx.say(`${command.name}: ${given}: ${e.message} (${e.code})`);
      }
    }
    return failed ? 1 : 0;
  });
}
