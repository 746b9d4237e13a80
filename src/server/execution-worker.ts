import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentNode, GraphQLSchema } from 'graphql';
import type { AuthState } from '../auth/authenticate.ts';
import type { Config } from '../config/config.ts';
import { ReextractJobs } from '../curation/reextract-jobs.ts';
import { connect, type Connection } from '../db/connect.ts';
import { CypherRegistry } from '../db/cypher-registry.ts';
import { Database, type QueryEvent } from '../db/database.ts';
import { loadMigrations } from '../db/migrate.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { loadTypeDefs } from '../graphql/load-schema.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import { type CacheOutcome, InfluenceCache } from '../queries/influence/influence-cache.ts';
import { createLoaders } from '../queries/loaders.ts';
import { type SentError, sendError } from './execution-errors.ts';
import { execute, makeExecutableSchema, parse } from './graphql-runtime.ts';

/** What an execution thread is started with (src/server/execution-pool.ts). */
export interface ExecutionWorkerData {
  config: Config;
  connection: Connection;
  version: string;
  /** the HTTP thread's Database's transaction timeout, so both paths stop a query alike */
  queryTimeoutMs: number;
}

/** One operation to run: admitted, parsed, validated and its variables checked on the HTTP thread. */
export interface ExecuteMessage {
  kind: 'execute';
  id: number;
  query: string;
  operationName: string | null;
  variables: Record<string, unknown> | undefined;
  auth: AuthState;
  requestId: string;
  /** the HTTP thread's count of write transactions: a write there drops this thread's cached influence answers */
  writeGeneration: number;
}

export type ToWorker = ExecuteMessage | { kind: 'stop' };

export type FromWorker =
  | { kind: 'ready' }
  | { kind: 'failed'; message: string }
  | {
      kind: 'result';
      id: number;
      data: Record<string, unknown> | null | undefined;
      errors: SentError[] | undefined;
      /** the statements this thread ran since its last answer, for the HTTP thread's metrics */
      queries: QueryEvent[];
      influenceCache: CacheOutcome[];
    }
  | { kind: 'stopped' };

/** parsed queries by text: the bench's and a dashboard's requests repeat a few dozen documents */
const PARSED_CAPACITY = 500;

/**
 * The body of an execution thread: its own Neo4j driver, Cypher registry, schema and caches, and
 * the resolvers run exactly as they run in process. It only executes; everything that decides
 * whether to (access, limits, admission) and everything that is logged or counted stays on the
 * HTTP thread, which this thread answers with data, errors, the statements it ran and its influence
 * cache's outcomes.
 */
export async function runExecutionWorker(): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('runExecutionWorker runs in a worker thread');
  const { config, connection, version, queryTimeoutMs } = workerData as ExecutionWorkerData;
  let db: Database;
  let schema: GraphQLSchema;
  let context: Omit<GraphQLContext, 'requestId' | 'loaders' | 'auth'>;
  let writeGeneration = 0;
  const queries: QueryEvent[] = [];
  const influenceOutcomes: CacheOutcome[] = [];
  try {
    const driver = await connect(connection, config.neo4j.connectTimeoutMs);
    db = new Database(
      driver,
      connection.database,
      await CypherRegistry.load(path.join(config.root, 'cypher')),
      queryTimeoutMs,
    );
    db.onQuery((e) => queries.push(e));
    schema = makeExecutableSchema({ typeDefs: await loadTypeDefs(path.join(config.root, 'schema')), resolvers });
    context = {
      db,
      migrations: await loadMigrations(path.join(config.root, 'cypher', 'migrations')),
      version,
      influenceCache: new InfluenceCache(
        () => writeGeneration,
        config.influenceCache,
        (outcome) => influenceOutcomes.push(outcome),
      ),
      // jobs are started and read on the HTTP thread (the pool runs reextractJob there)
      reextractJobs: new ReextractJobs(),
    };
  } catch (err) {
    port.postMessage({ kind: 'failed', message: (err as Error).message } satisfies FromWorker);
    return;
  }
  const parsed = new Map<string, DocumentNode>();
  const documentOf = (query: string): DocumentNode => {
    let doc = parsed.get(query);
    if (doc) {
      parsed.delete(query);
    } else {
      doc = parse(query);
      if (parsed.size >= PARSED_CAPACITY) parsed.delete(parsed.keys().next().value!);
    }
    parsed.set(query, doc);
    return doc;
  };

  const run = async (m: ExecuteMessage): Promise<FromWorker> => {
    writeGeneration = Math.max(writeGeneration, m.writeGeneration);
    const result = await execute({
      schema,
      document: documentOf(m.query),
      operationName: m.operationName,
      variableValues: m.variables,
      contextValue: { ...context, requestId: m.requestId, auth: m.auth, loaders: createLoaders(db) },
    });
    return {
      kind: 'result',
      id: m.id,
      data: result.data,
      errors: result.errors?.map(sendError),
      queries: queries.splice(0),
      influenceCache: influenceOutcomes.splice(0),
    };
  };

  port.on('message', (m: ToWorker) => {
    if (m.kind === 'stop') {
      void db.close().finally(() => port.postMessage({ kind: 'stopped' } satisfies FromWorker));
      return;
    }
    run(m).then(
      (answer) => port.postMessage(answer),
      (err: unknown) =>
        // execute() reports resolver errors in its result; what throws here is a bug of ours
        port.postMessage({
          kind: 'result',
          id: m.id,
          data: null,
          errors: [
            {
              message: 'internal error',
              app: {
                code: 'INTERNAL_SERVER_ERROR',
                message: 'internal error',
                details: {},
                cause: { name: 'Error', message: String((err as Error)?.message ?? err), stack: (err as Error)?.stack },
              },
            },
          ],
          queries: queries.splice(0),
          influenceCache: influenceOutcomes.splice(0),
        } satisfies FromWorker),
    );
  });
  port.postMessage({ kind: 'ready' } satisfies FromWorker);
}
