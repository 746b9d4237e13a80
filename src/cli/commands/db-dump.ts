import path from 'node:path';
import { parseArgs } from 'node:util';
import { dumpLocalDatabase } from '../../db/local/dump-database.ts';
import type { Command } from '../command.ts';
import { fileSize, secondsSince } from '../units.ts';

export const dbDump: Command = {
  path: ['db', 'dump'],
  summary: "back up the local Neo4j's database to FILE with neo4j-admin (stops and restarts the server around it)",
  usage: [
    'db dump FILE [--force]',
    '',
    "Writes Neo4j's own dump (neo4j-admin database dump) of the local server's database to FILE; `db load FILE`",
    'restores it. The database must be offline for this: a server started with `quotegraph db start` is stopped',
    'and started again; one that `npm start` or another command is using must be stopped first. FILE is',
    'written whole or not at all.',
    '  --force   replace FILE if it exists (without it, an existing FILE is refused)',
    'Not for a server given by NEO4J_URI: back that up where it runs (neo4j-admin database dump / backup).',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { force: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) {
      ctx.say('db dump: name one FILE to write the dump to, e.g. quotegraph db dump backups/quotegraph.dump');
      return 2;
    }
    const started = Date.now();
    const out = await dumpLocalDatabase(ctx.config, path.resolve(positionals[0]!), {
      overwrite: values.force === true,
      say: ctx.say,
    });
    ctx.print(
      `Dumped database "${ctx.config.neo4j.database}" to ${out.file} (${fileSize(out.bytes)}) in ` +
        `${secondsSince(started)}.` +
        (out.restarted ? ' The local Neo4j runs again.' : ''),
    );
    return 0;
  },
};
