import type { Command } from '../command.ts';
import { locateNeo4j } from '../../db/locate.ts';
import { openDatabase } from '../../db/open-database.ts';
import { startApi } from '../../server/start-api.ts';
import { version } from '../../version.ts';
import { loadSampleIfEmpty } from '../../ingest/load-sample.ts';
import { linkSampleWikidata, SAMPLE_WIKIDATA_FILE } from '../../wikidata/link-sample.ts';
import { listenForStop } from '../stop-signals.ts';
import { useAliasFiles } from '../../extract/aliases/alias-table.ts';

/** exit status after Ctrl-C during startup, as a shell reports a process ended by SIGINT */
const INTERRUPTED = 130;

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
    // The sample corpus and documents posted to the API are read with the user's alias files too.
    useAliasFiles(config.aliasFiles);
    let ready = false;
    const stop = listenForStop((signal) =>
      ctx.say(
        ready ? `\n${signal}: stopping the API …` : `\n${signal}: stopping once the current startup step finishes …`,
      ),
    );
    try {
      const located = await locateNeo4j(config, { say: ctx.say, startedBy: 'npm start', restartOnCrash: true });
      try {
        if (stop.received()) return INTERRUPTED;
        const { db, migrations, migrationFiles } = await openDatabase(config, located.connection);
        try {
          if (migrations.applied.length) ctx.say(`Applied ${migrations.applied.length} migrations.`);
          if (config.loadSample && !stop.received()) {
            const loaded = await loadSampleIfEmpty(db, config, ctx.say, () => stop.received() !== null);
            if (loaded) ctx.say(`Loaded the sample corpus: ${loaded.documents} documents.`);
            if (loaded && !stop.received()) {
              const linked = await linkSampleWikidata(db, config.root, loaded.documentIds);
              if (linked)
                ctx.say(
                  `Linked ${linked.links} sample entities to Wikidata (${SAMPLE_WIKIDATA_FILE}) and imported ` +
                    `${linked.statements.relations} of their dated statements.`,
                );
            }
          }
          if (stop.received()) return INTERRUPTED;
          const api = await startApi(config, db, migrationFiles, version, { connection: located.connection });
          ready = true;
          ctx.print(
            [
              '',
              `quotegraph ${version} is ready`,
              `  Dashboard     ${api.url}/`,
              `  GraphQL API   ${api.url}/graphql`,
              `  GraphiQL      ${api.url}/graphql  (open in a browser)`,
              `  Health        ${api.url}/healthz  ${api.url}/readyz`,
              located.browserUrl
                ? `  Neo4j Browser ${located.browserUrl}  (connect to ${located.connection.uri}, user ` +
                  `${located.connection.user}, password in ${config.local.dataDir}/credentials.json)`
                : `  Neo4j         ${located.connection.uri}`,
              '',
              'Press Ctrl-C to stop.',
            ].join('\n'),
          );
          await stop.next;
          await api.stop();
          return 0;
        } finally {
          await db.close();
        }
      } finally {
        if (located.startedHere && stop.received()) ctx.say('Stopping Neo4j …');
        await located.release();
      }
    } finally {
      stop.dispose();
    }
  },
};
