import type { Command } from '../command.ts';
import { locateNeo4j } from '../../db/locate.ts';
import { openDatabase } from '../../db/open-database.ts';
import { startApi } from '../../server/start-api.ts';
import { version } from '../../version.ts';
import { loadSampleIfEmpty } from '../../ingest/load-sample.ts';

/**
 * The main job: find or start Neo4j, migrate, load the sample corpus into an empty graph, serve the
 * API. Ctrl-C (or SIGTERM) drains the API, then stops the Neo4j this process started.
 */
export const start: Command = {
  path: ['start'],
  summary: 'find or start Neo4j, migrate, load the sample corpus when the graph is empty, serve the API',
  usage: 'start',
  async run(_args, ctx) {
    const { config } = ctx;
    const located = await locateNeo4j(config, { say: ctx.say, startedBy: 'npm start' });
    let stopping = false;
    try {
      const { db, migrations, migrationFiles } = await openDatabase(config, located.connection);
      if (migrations.applied.length) ctx.say(`Applied ${migrations.applied.length} migrations.`);
      if (config.loadSample) {
        const loaded = await loadSampleIfEmpty(db, config, ctx.say);
        if (loaded) ctx.say(`Loaded the sample corpus: ${loaded.documents} documents.`);
      }
      const api = await startApi(config, db, migrationFiles, version);
      ctx.print(
        [
          '',
          `quotegraph ${version} is ready`,
          `  Dashboard     ${api.url}/`,
          `  GraphQL API   ${api.url}/graphql`,
          `  GraphiQL      ${api.url}/graphql  (open in a browser)`,
          `  Health        ${api.url}/healthz  ${api.url}/readyz`,
          located.browserUrl ? `  Neo4j Browser ${located.browserUrl}  (connect to ${located.connection.uri}, user ${located.connection.user}, password in ${config.local.dataDir}/credentials.json)` : `  Neo4j         ${located.connection.uri}`,
          '',
          'Press Ctrl-C to stop.',
        ].join('\n'),
      );
      await new Promise<void>((resolve) => {
        const shutdown = (signal: string) => {
          if (stopping) return;
          stopping = true;
          ctx.say(`\n${signal}: stopping the API${located.startedHere ? ' and Neo4j' : ''} …`);
          resolve();
        };
        // `on`, not `once`: a second signal during shutdown must not fall through to Node's default
        // handler, which would kill us before Neo4j is stopped and leave its store lock behind.
        process.on('SIGINT', () => shutdown('SIGINT'));
        process.on('SIGTERM', () => shutdown('SIGTERM'));
      });
      await api.stop();
      await db.close();
      return 0;
    } finally {
      await located.release();
    }
  },
};
