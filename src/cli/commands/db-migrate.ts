import type { Command } from '../command.ts';
import { withDatabase } from '../with-database.ts';

export const dbMigrate: Command = {
  path: ['db', 'migrate'],
  summary: 'apply pending migrations (start-up does this too; running it twice changes nothing)',
  usage: 'db migrate',
  async run(_args, ctx) {
    return withDatabase(ctx, async (_db, _located, report) => {
      ctx.print(`Applied ${report.applied.length} migrations; ${report.alreadyApplied.length} were already applied.`);
      for (const id of report.applied) ctx.print(`  + ${id}`);
      return 0;
    });
  },
};
