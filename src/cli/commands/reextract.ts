import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { badInput } from '../../errors/app-error.ts';
import { reextract } from '../../curation/reextract.ts';
import type { Command } from '../command.ts';
import { progressLine } from '../progress-line.ts';
import { listenForStop } from '../stop-signals.ts';
import { withDatabase } from '../with-database.ts';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Brings the graph up to the running extractor: stored documents an older version read are
 * extracted again from their stored text and written as a changed version is (curation stays).
 * Stopped half-way, the same command continues with what is still behind.
 */
export const reextractCommand: Command = {
  path: ['reextract'],
  summary: 'extract stored documents again with this extractor version (curation stays)',
  usage:
    'reextract [--all] [--id ID]... [--outlet NAME] [--lang de|en] [--from YYYY-MM-DD] [--to YYYY-MM-DD] ' +
    '[--dry-run] [--report FILE]',
  async run(args, ctx) {
    const { values } = parseArgs({
      args,
      options: {
        all: { type: 'boolean' },
        id: { type: 'string', multiple: true },
        outlet: { type: 'string' },
        lang: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        'dry-run': { type: 'boolean' },
        report: { type: 'string' },
      },
    });
    for (const flag of ['from', 'to'] as const) {
      const v = values[flag];
      if (v !== undefined && !DATE.test(v)) throw badInput(`--${flag}`, `${JSON.stringify(v)}: give YYYY-MM-DD`);
    }
    const stop = listenForStop((signal) =>
      ctx.say(`\n${signal}: finishing the document being written, then stopping …`),
    );
    try {
      return await withDatabase(ctx, async (db) => {
        const progress = progressLine(process.stderr);
        const summary = await reextract(
          db,
          `cli:${os.userInfo().username}`,
          {
            all: values.all ?? false,
            ids: values.id ?? null,
            outlet: values.outlet ?? null,
            lang: values.lang ?? null,
            from: values.from ?? null,
            to: values.to ?? null,
          },
          {
            dryRun: values['dry-run'] ?? false,
            shouldStop: () => stop.received() !== null,
            onDocument: (s, total) => progress(`re-extracting ${s.documents}/${total} documents`),
          },
        );
        progress.done();
        const verb = summary.dryRun ? 'would replace' : 'replaced';
        const kinds = (r: Record<string, number>) =>
          `${r.QUOTE} quotes, ${r.CLAIM} claims, ${r.EVENT} events, ${r.REPORT} reports`;
        ctx.print(
          `${summary.documents} documents read again by ${summary.extractor}: ${verb} ${summary.replaced}, ` +
            `${summary.unchanged} unchanged, ${summary.failed.length} failed; ` +
            `added ${kinds(summary.added)}; removed ${kinds(summary.removed)}; ` +
            `${summary.changedSpeaker} with another speaker, ${summary.changedDate} with another date.`,
        );
        for (const f of summary.failed) ctx.say(`failed: ${f.id}: ${f.reason}`);
        if (values.report) await writeFile(values.report, `${JSON.stringify(summary, null, 2)}\n`);
        if (stop.received()) ctx.say('Stopped by a signal; run the same command again to go on.');
        return summary.failed.length || stop.received() ? 1 : 0;
      });
    } finally {
      stop.dispose();
    }
  },
};
