import { loadConfig } from '../../src/config/config.ts';
import { Database } from '../../src/db/database.ts';
import { startApi } from '../../src/server/start-api.ts';
import { version } from '../../src/version.ts';
import { startNeo4jGraphQL } from '../lib/neo4j-graphql.ts';
import { operations } from '../lib/operations.ts';
import { measureOperations } from '../lib/queries.ts';
import { Recorder, recordingDriver } from '../lib/recording-driver.ts';
import type { Options } from './options.ts';
import type { BenchServer, Cleanup, Say, World } from './types.ts';

/** The query operations three ways (ours over HTTP, raw Cypher, @neo4j/graphql), with their dbHits. */
export async function measureQueries(server: BenchServer, world: World, o: Options, say: Say, cleanup: Cleanup) {
  const driver = server.db.driver;
  // 3 + 6. queries three ways, dbHits.
  const oursRecorder = new Recorder();
  const theirsRecorder = new Recorder();
  const apiConfig = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', QUERY_TIMEOUT_MS: '120000' });
  const recDb = new Database(
    recordingDriver(driver, oursRecorder),
    server.connection.database,
    server.db.queries,
    120_000,
  );
  const api = await startApi(apiConfig, recDb, server.migrationFiles, version);
  cleanup.unshift(() => api.stop());
  const theirs = await startNeo4jGraphQL(recordingDriver(driver, theirsRecorder));
  cleanup.unshift(() => theirs.stop());
  const ops = operations(
    { topSpeaker: world.speakers[0]!.id, otherSpeaker: world.speakers[1]!.id, year: o.year, searchWord: 'security' },
    o.runs,
  );
  say(`queries: ${ops.length} operations x ${o.runs} runs, three ways interleaved`);
  const queries = await measureOperations(
    ops,
    { oursUrl: `${api.url}/graphql`, theirsUrl: theirs.url, driver, oursRecorder, theirsRecorder },
    { indexed: o.warmup, wholeGraph: o.wholeGraphWarmup },
    say,
  );
  return { ops, queries };
}
