import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, RequestHandler } from 'express';
import type { Logger } from 'pino';
import { loadApiKeys } from '../auth/api-keys.ts';
import { authenticate, type AuthState } from '../auth/authenticate.ts';
import type { Config } from '../config/config.ts';
import type { Database } from '../db/database.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { accessPlugin } from './access-plugin.ts';
import { admissionFrontDoor, KnownOperations } from './admission-front-door.ts';
import { admissionPlugin, admissionQueues, type AdmittedHook, overloadedMessage } from './admission-plugin.ts';
import { bodyErrors, corsAllowList, requestId } from './http-guards.ts';
import { limitsPlugin } from './limits-plugin.ts';
import { createLogger } from './logger.ts';
import { createMetrics } from './metrics.ts';
import { observabilityPlugin } from './observability-plugin.ts';

/**
 * Everything that protects and observes the API, assembled from the config in one place so that
 * create-app.ts only wires it in. docs/hardening.md lists each protection and its test.
 */
export function createHardening(
  config: Config,
  db: Database,
  logger: Logger = createLogger(config),
  admittedHook?: AdmittedHook,
) {
  const keys = loadApiKeys(config.security);
  const metrics = createMetrics(db);
  // graphql-armor: directive count, and no "did you mean" suggestions when the schema is private.
  // Tokens are capped by graphql's own parser (parseOptions below): armor's token plugin throws
  // from parsingDidStart, which Apollo 5 answers with a 500. Depth, aliases and cost are ours
  // (limits-plugin.ts): they need the variables, and they answer QUERY_TOO_COMPLEX.
  const armor = new ApolloArmor({
    maxTokens: { enabled: false },
    maxDirectives: { n: 20 },
    blockFieldSuggestion: { enabled: !config.security.introspection },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    costLimit: { enabled: false },
  }).protect();
  const queues = admissionQueues(config.admission);
  metrics.watchAdmission(() => queues);
  const known = new KnownOperations();
  const authenticateRequest = (req: Request): AuthState => authenticate(req.headers.authorization, keys);
  const plugins: ApolloServerPlugin<GraphQLContext>[] = [
    observabilityPlugin(logger, metrics),
    accessPlugin(config.security.readsRequireKey),
    limitsPlugin(config.security),
    ...(armor.plugins as ApolloServerPlugin<GraphQLContext>[]),
    // last: Apollo runs every didResolveOperation at once and answers with the first refusal in this
    // order, so a request the limits refuse is told so, not that the server is busy
    admissionPlugin(queues, metrics, known, admittedHook),
  ];
  const metricsHandler: RequestHandler = async (_req, res) => {
    res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
  return {
    logger,
    metrics,
    /** spread into the ApolloServer options */
    apollo: {
      plugins,
      validationRules: armor.validationRules,
      introspection: config.security.introspection,
      csrfPrevention: true,
      parseOptions: { maxTokens: 5000 },
      // one operation per request: a batch would multiply every limit above by its length
      allowBatchedHttpRequests: false,
    },
    /** before every route */
    before: [requestId, corsAllowList(config.security.corsOrigins)] as RequestHandler[],
    bodyErrors,
    /** after the body is parsed, before Apollo: refuses a known request at once when its budget is spent */
    frontDoor: admissionFrontDoor({
      queues,
      known,
      metrics,
      logger,
      authenticate: authenticateRequest,
      message: (cls, waitMs, retryAfterS) => overloadedMessage(cls, 'full', waitMs, retryAfterS),
    }),
    metricsHandler,
    authenticate: authenticateRequest,
  };
}
