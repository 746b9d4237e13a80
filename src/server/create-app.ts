import { exportRoute } from './export-route.ts';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { Server } from 'node:http';
import type { Config } from '../config/config.ts';
import type { Connection } from '../db/connect.ts';
import type { Database } from '../db/database.ts';
import type { Migration } from '../db/migrate.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { loadTypeDefs } from '../graphql/load-schema.ts';
import { createLoaders } from '../queries/loaders.ts';
import { resolvers } from '../graphql/resolvers/index.ts';
import { makeFormatError } from './format-error.ts';
import { graphiqlPage } from './graphiql-page.ts';
import { checkReadiness } from './readiness.ts';
import { createHardening } from './hardening.ts';
import type { AdmittedHook } from './admission-plugin.ts';
import { InfluenceCache } from '../queries/influence/influence-cache.ts';
import { serveDashboard } from '../dashboard/serve-dashboard.ts';
import type { Logger } from 'pino';
import { ReextractJobs } from '../curation/reextract-jobs.ts';
import { executionGateway } from './execution-gateway.ts';
import { ExecutionPool } from './execution-pool.ts';
import { makeExecutableSchema } from './graphql-runtime.ts';

export interface AppDeps {
  config: Config;
  db: Database;
  migrations: Migration[];
  version: string;
  httpServer: Server;
  /** defaults to JSON lines on stdout at config.logLevel */
  logger?: Logger;
  /** tests only: holds admitted requests before they execute (src/server/admission-plugin.ts) */
  admittedHook?: AdmittedHook;
  /** where `db` connects: with it and config.executionThreads > 0, operations run on an ExecutionPool */
  connection?: Connection;
}

/** The HTTP surface: /graphql (API and, for browsers, GraphiQL), /healthz, /readyz. */
export async function createApp(
  deps: AppDeps,
): Promise<{ app: express.Express; apollo: ApolloServer<GraphQLContext> }> {
  const { config, db, migrations, version } = deps;
  const hardening = createHardening(config, db, deps.logger, deps.admittedHook);
  const reextractJobs = new ReextractJobs();
  const influenceCache = new InfluenceCache(
    () => db.writeGeneration,
    config.influenceCache,
    (outcome) => hardening.metrics.influenceCache.inc({ outcome }),
  );
  const typeDefs = await loadTypeDefs(path.join(config.root, 'schema'));
  const pool =
    deps.connection && config.executionThreads > 0
      ? await ExecutionPool.start(
          config,
          deps.connection,
          version,
          config.executionThreads,
          (why) =>
            hardening.logger.error({ why }, 'an execution thread ended; its requests failed and a new one starts'),
          db.queryTimeoutMs,
        )
      : null;
  const schema = pool
    ? { gateway: executionGateway(makeExecutableSchema({ typeDefs, resolvers }), pool, hardening.metrics) }
    : { typeDefs, resolvers };
  const apollo = new ApolloServer<GraphQLContext>({
    // We own shutdown (src/cli/commands/start.ts): Apollo's own handler would stop and re-raise the signal.
    stopOnTerminationSignals: false,
    ...schema,
    formatError: makeFormatError(config.development),
    includeStacktraceInErrorResponses: config.development,
    ...hardening.apollo,
    // No @cacheControl hints in our schema: Apollo's default cache-control plugin would only add a
    // hook to every resolved field (measured in docs/benchmarks.md).
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: deps.httpServer }),
      ...hardening.apollo.plugins,
    ],
  });
  // the pool's threads hold drivers: a server that does not start must not leave them running
  await apollo.start().catch(async (err: unknown) => {
    await pool?.stop();
    throw err;
  });
  const graphiql = graphiqlPage(path.join(config.root, 'docs', 'queries'));

  const app = express();
  app.disable('x-powered-by');
  app.use(hardening.before);
  app.get('/metrics', hardening.metricsHandler);
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const r = await checkReadiness(db, migrations);
    res
      .status(r.ready ? 200 : 503)
      .json(r.ready ? { status: 'ready' } : { status: 'unavailable', code: r.code, reason: r.reason });
  });
  app.get('/graphql', (req, res, next) => {
    // A browser navigating here gets GraphiQL; GraphQL GET requests (Accept: application/json) go on.
    if (
      req.accepts(['application/graphql-response+json', 'application/json', 'text/html']) === 'text/html' &&
      !req.query.query
    ) {
      graphiql().then((html) => res.type('html').send(html), next);
      return;
    }
    next();
  });
  app.use(
    '/graphql',
    express.json({ limit: config.security.bodyLimit }),
    hardening.frontDoor,
    expressMiddleware(apollo, {
      context: async ({ req }) => ({
        db,
        migrations,
        version,
        requestId: (req.headers['x-request-id'] as string | undefined) ?? randomUUID(),
        loaders: createLoaders(db),
        auth: hardening.authenticate(req),
        influenceCache,
        reextractJobs,
      }),
    }),
    hardening.bodyErrors,
  );
  app.get('/export/:file', exportRoute(db, hardening.authenticate, config.security.readsRequireKey));
  // the dashboard (web/, built into dist/web): static files at /, talking only to /graphql
  app.use(serveDashboard(config.root));
  return { app, apollo };
}
