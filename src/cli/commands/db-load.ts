import path from 'node:path';
import { parseArgs } from 'node:util';
import { findLocalServer } from '../../db/local/local-server.ts';
import { loadLocalDatabase } from '../../db/local/load-database.ts';
import { openDatabase } from '../../db/open-database.ts';
import type { Command } from '../command.ts';
import { fileSize, secondsSince } from '../units.ts';

export const dbLoad: Command = {
  path: ['db', 'load'],
  summary: "restore the local Neo4j's database from a dump (refuses to replace an existing one without --force)",
  usage: [
    'db load FILE [--force]',
    '',
    "Loads a dump made by `db dump` (or neo4j-admin database dump) into the local server's database with",
    'neo4j-admin database load. While nothing is stopped yet, FILE is checked: it must exist, start like a',
    'Neo4j dump and load whole into a scratch folder. The database must be offline for the load: a server started with',
    '`quotegraph db start` is stopped and started again (and migrated); one that `npm start` or another',
    'command is using must be stopped first.',
    '  --force   replace the database the local data folder already holds. Without it, load refuses',
    '            whenever that database exists (after any `npm start` it does), because the old',
    '            contents are gone afterwards: dump them first to keep them.',
    'Not for a server given by NEO4J_URI: restore that where it runs (neo4j-admin database load / restore).',
  ].join('\n'),
  async run(args, ctx) {
    const { values, positionals } = parseArgs({
      args,
      options: { force: { type: 'boolean' } },
      allowPositionals: true,
    });
    if (positionals.length !== 1) {
      ctx.say('db load: name the one dump FILE to load, e.g. quotegraph db load backups/quotegraph.dump');
      return 2;
    }
    const started = Date.now();
    const out = await loadLocalDatabase(ctx.config, path.resolve(positionals[0]!), {
      overwrite: values.force === true,
      say: ctx.say,
    });
    const what =
      `Loaded ${out.file} (${fileSize(out.bytes)}) into database ` +
      `"${ctx.config.neo4j.database}"${out.replaced ? ', replacing what it held,' : ''} in ` +
      `${secondsSince(started)}.`;
    const running = out.restarted ? await findLocalServer(ctx.config.local.dataDir) : null;
    if (!running) {
      ctx.print(`${what} Start it with \`npm start\` or \`quotegraph db start\` (either applies newer migrations).`);
      return 0;
    }
    // a dump from an older quotegraph gets the migrations it lacks now, not at some later start
    const { db, migrations } = await openDatabase(ctx.config, {
      uri: running.state.uri,
      ...running.credentials,
      database: ctx.config.neo4j.database,
    });
    try {
      const [count] = await db.query('ingest/document-count', {});
      ctx.print(
        `${what} The local Neo4j runs again and holds ${count?.documents ?? 0} documents` +
          (migrations.applied.length ? `; applied ${migrations.applied.length} migrations` : '') +
          '.',
      );
    } finally {
      await db.close();
    }
    return 0;
  },
};
