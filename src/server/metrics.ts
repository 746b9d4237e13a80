import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Database } from '../db/database.ts';

export interface Metrics {
  registry: Registry;
  requestSeconds: Histogram<'operation' | 'outcome'>;
  /** requests per operation class: admitted, or shed because the queue was full or the wait too long */
  admission: Counter<'class' | 'outcome'>;
  /** how long admitted requests waited for a slot */
  admissionWaitSeconds: Histogram<'class'>;
  /** influence answers: computed (miss), reused (hit), or joined while being computed (shared) */
  influenceCache: Counter<'outcome'>;
  /** where the in-flight and queued gauges read from (the admission plugin's queues) */
  watchAdmission(read: () => Record<string, { inFlight: number; queued: number }>): void;
  /** stops listening to the database */
  close(): void;
}

/**
 * Prometheus metrics of one app (its own registry, so tests can run several apps in a process):
 * GraphQL latency per operation, Cypher time per query file, documents ingested, Neo4j reachability.
 */
export function createMetrics(db: Database): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix: 'quotegraph_' });
  const requestSeconds = new Histogram({
    name: 'quotegraph_graphql_request_duration_seconds',
    help: 'GraphQL request latency by operation (root fields, not the client-chosen name) and outcome',
    labelNames: ['operation', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const cypherSeconds = new Histogram({
    name: 'quotegraph_cypher_duration_seconds',
    help: 'time per Cypher statement, by query file',
    labelNames: ['query', 'ok'] as const,
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 15],
    registers: [registry],
  });
  const ingested = new Counter({
    name: 'quotegraph_ingest_documents_total',
    help: 'documents the ingest pipeline looked at (checked) and wrote (written)',
    labelNames: ['stage'] as const,
    registers: [registry],
  });
  new Gauge({
    name: 'quotegraph_neo4j_up',
    help: '1 when Neo4j answered the last scrape within 2 s, else 0',
    registers: [registry],
    async collect() {
      const answered = await Promise.race([
        db.driver.getServerInfo({ database: db.name }).then(
          () => true,
          () => false,
        ),
        new Promise<boolean>((r) => setTimeout(() => r(false), 2000).unref()),
      ]);
      this.set(answered ? 1 : 0);
    },
  });
  const admission = new Counter({
    name: 'quotegraph_admission_total',
    help:
      'GraphQL requests by operation class (lookup, page, analytics, write): admitted, shed_full (queue ' +
      'full), shed_deadline (waited too long)',
    labelNames: ['class', 'outcome'] as const,
    registers: [registry],
  });
  const admissionWaitSeconds = new Histogram({
    name: 'quotegraph_admission_wait_seconds',
    help: 'time an admitted request waited in its class queue',
    labelNames: ['class'] as const,
    buckets: [0.001, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const influenceCache = new Counter({
    name: 'quotegraph_influence_cache_total',
    help:
      'influence answers: hit (reused), shared (joined a computation in flight), stale (reused past its TTL ' +
      'while it is computed again), miss (computed)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  let readAdmission: () => Record<string, { inFlight: number; queued: number }> = () => ({});
  for (const [name, key] of [
    ['quotegraph_admission_in_flight', 'inFlight'],
    ['quotegraph_admission_queued', 'queued'],
  ] as const) {
    new Gauge({
      name,
      help: `requests ${key === 'inFlight' ? 'running' : 'waiting for a slot'} per operation class`,
      labelNames: ['class'] as const,
      registers: [registry],
      collect() {
        for (const [c, q] of Object.entries(readAdmission())) this.set({ class: c }, q[key]);
      },
    });
  }
  const unsubscribe = db.onQuery((e) => {
    cypherSeconds.observe({ query: e.name, ok: String(e.ok) }, e.ms / 1000);
    // the ingest statements mark the pipeline's stages, whoever runs it (CLI in-process, mutation, sample load)
    if (e.ok && e.name === 'ingest/document-state') ingested.inc({ stage: 'checked' });
    if (e.ok && e.name === 'ingest/merge-document') ingested.inc({ stage: 'written' });
  });
  return {
    registry,
    requestSeconds,
    admission,
    admissionWaitSeconds,
    influenceCache,
    watchAdmission: (read) => {
      readAdmission = read;
    },
    close: unsubscribe,
  };
}
