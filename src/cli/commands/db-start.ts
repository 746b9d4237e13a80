import type { Command } from '../command.ts';
import { locateNeo4j } from '../../db/locate.ts';
import { openDatabase } from '../../db/open-database.ts';
import { DETACHED_SERVER } from '../../db/local/with-server-stopped.ts';

export const dbStart: Command = {
  path: ['db', 'start'],
  summary: 'start the local Neo4j in the background (kept running until `db stop`) and migrate it',
  usage: 'db start',
  async run(_args, ctx) {
    if (ctx.config.neo4j.uri) {
      ctx.say(`NEO4J_URI is set (${ctx.config.neo4j.uri}): there is no local server to start.`);
      return 0;
    }
    const located = await locateNeo4j(ctx.config, { say: ctx.say, detached: true, startedBy: DETACHED_SERVER });
    const { db, migrations } = await openDatabase(ctx.config, located.connection);
    await db.close();
    ctx.print(
      `Neo4j is running: ${located.connection.uri} (user ${located.connection.user}; password in ` +
        `${ctx.config.local.dataDir}/credentials.json)`,
    );
    if (located.browserUrl) ctx.print(`Neo4j Browser: ${located.browserUrl}`);
    if (migrations.applied.length) ctx.print(`Applied ${migrations.applied.length} migrations.`);
    return 0;
  },
};
