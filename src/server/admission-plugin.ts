import type { ApolloServerPlugin } from '@apollo/server';
import { HeaderMap } from '@apollo/server';
import type { Config } from '../config/config.ts';
import type { GraphQLContext } from '../graphql/context.ts';
import { callerOf, type KnownOperations, operationKey } from './admission-front-door.ts';
import { AdmissionQueue, type ShedReason, type Ticket } from './admission-queue.ts';
import { GraphQLError } from './graphql-runtime.ts';
import type { Metrics } from './metrics.ts';
import { operationLabel } from './observability-plugin.ts';
import { fragmentsOf, operationClass, type OperationClass } from './operation-class.ts';

/** Tests only: runs after a request is admitted and before it executes, holding its slot while it waits. */
export type AdmittedHook = (cls: OperationClass) => Promise<void> | void;

const WHAT: Record<OperationClass, string> = {
  lookup: 'lookups',
  page: 'page requests (timeline, search, quotes ...)',
  analytics: 'analytics requests (influence, connections)',
  write: 'writes',
};

/** What a refused request is told: which budget is spent, why, and when to come back. */
export function overloadedMessage(
  cls: OperationClass,
  reason: ShedReason,
  waitMs: number,
  retryAfterS: number,
): string {
  const why =
    reason === 'full' ? `its queue is full or would not be served within ${waitMs} ms` : 'no slot came free in time';
  return `the server is at its limit for ${WHAT[cls]} (${why}); retry in ${retryAfterS} s`;
}

function overloaded(cls: OperationClass, reason: ShedReason, waitMs: number, retryAfterS: number): GraphQLError {
  return new GraphQLError(overloadedMessage(cls, reason, waitMs, retryAfterS), {
    extensions: {
      code: 'OVERLOADED',
      http: { status: 503, headers: new HeaderMap([['retry-after', String(retryAfterS)]]) },
    },
  });
}

/** One queue per operation class, sized from the config. */
export function admissionQueues(limits: Config['admission']): Record<OperationClass, AdmissionQueue> {
  return Object.fromEntries(
    (Object.keys(limits) as OperationClass[]).map((c) => [c, new AdmissionQueue(limits[c])]),
  ) as Record<OperationClass, AdmissionQueue>;
}

/**
 * Admission control, once the operation is known (parsed and validated, which Apollo caches per
 * query text, so a repeated query costs a hash lookup): each operation class has its own slots and
 * queue, so analytics waiting for Neo4j can never hold the slots timeline and search run on. A
 * request that cannot get a slot in time is answered at once with 503, Retry-After and OVERLOADED
 * instead of piling onto a busy database until it times out.
 *
 * The slot is held until the response is ready (willSendResponse, which Apollo calls on every path
 * after didResolveOperation, also when another plugin refused the operation while this one waited).
 */
export function admissionPlugin(
  queues: Record<OperationClass, AdmissionQueue>,
  metrics: Metrics,
  known: KnownOperations,
  admittedHook?: AdmittedHook,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      let ticket: Ticket | null = null;
      let answered = false;
      let cls: OperationClass | null = null;
      return {
        // every check passed and the slot is held: the front door may refuse the same request next time
        async executionDidStart({ request, operation, contextValue }) {
          const key = operationKey(
            callerOf(contextValue.auth),
            request.query,
            request.operationName,
            request.variables,
          );
          if (key !== null && cls !== null)
            known.remember(key, {
              cls,
              label: operationLabel(operation),
              operationName: operation.name?.value ?? request.operationName ?? null,
            });
        },
        async didResolveOperation({ operation, document }) {
          if (!operation) return;
          cls = operationClass(operation, fragmentsOf(document));
          const queue = queues[cls];
          const asked = performance.now();
          ticket = queue.enter();
          const outcome = await ticket.outcome;
          // the answer went out already (another plugin refused the operation): nothing to count or throw
          if (answered) return;
          if (!outcome.admitted) {
            if (outcome.reason === 'left') return;
            metrics.admission.inc({ class: cls, outcome: `shed_${outcome.reason}` });
            throw overloaded(
              cls,
              outcome.reason,
              queue.limits.waitMs,
              Math.max(1, Math.ceil(queue.limits.waitMs / 1000)),
            );
          }
          metrics.admission.inc({ class: cls, outcome: 'admitted' });
          metrics.admissionWaitSeconds.observe({ class: cls }, (performance.now() - asked) / 1000);
          if (admittedHook) await admittedHook(cls);
        },
        async willSendResponse() {
          answered = true;
          ticket?.leave();
        },
      };
    },
  };
}
