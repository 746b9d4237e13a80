import { z } from 'zod';
import { DomainError } from '../errors/app-error.ts';
import path from 'node:path';

/** "in flight,queued,wait ms": 1-256 at once, 0-10000 waiting, each at most 1-60000 ms. */
const admissionSpec = (byDefault: string) =>
  z
    .string()
    .regex(/^\s*\d+\s*,\s*\d+\s*,\s*\d+\s*$/, 'must be "in flight,queued,wait ms", e.g. 6,64,1000')
    .default(byDefault)
    .transform((v) => v.split(',').map(Number) as [number, number, number])
    .refine(([inFlight]) => inFlight >= 1 && inFlight <= 256, 'in flight must be 1-256')
    .refine(([, queued]) => queued <= 10_000, 'queued must be 0-10000')
    .refine(([, , waitMs]) => waitMs >= 1 && waitMs <= 60_000, 'wait ms must be 1-60000')
    .transform(([inFlight, queued, waitMs]): AdmissionLimits => ({ inFlight, queued, waitMs }));

/**
 * All configuration, parsed and validated once. process.env is read here and nowhere else;
 * everything else receives a typed Config. Precedence: CLI flag > environment > default.
 */
const Env = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/.+/, 'must start with bolt://, neo4j://, bolt+s:// or neo4j+s://')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  QUOTEGRAPH_DATA_DIR: z.string().min(1).default('.data'),
  NEO4J_BOLT_PORT: z.coerce.number().int().min(1).max(65535).default(7687),
  NEO4J_HTTP_PORT: z.coerce.number().int().min(1).max(65535).default(7474),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('1g'),
  NEO4J_PAGECACHE: z
    .string()
    .regex(/^\d+[kmg]$/i)
    .default('512m'),
  // 120 s suits a quiet machine; a loaded one (a CI runner, a laptop building something) can need minutes,
  // and the wait ends at once anyway if the JVM exits.
  NEO4J_START_TIMEOUT_S: z.coerce.number().int().min(5).max(900).default(120),
  NEO4J_CONNECT_TIMEOUT_S: z.coerce.number().int().min(1).max(60).default(20),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15000),
  LOAD_SAMPLE: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  JAVA_HOME: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('production'),
  // Access and limits of the API (docs/hardening.md).
  QUOTEGRAPH_API_KEYS: z.string().optional(),
  QUOTEGRAPH_API_KEYS_FILE: z.string().optional(),
  READS_REQUIRE_KEY: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  CORS_ORIGINS: z.string().default(''),
  INTROSPECTION: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true'),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(50).default(12),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).max(500).default(20),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(10).default(25000),
  BODY_LIMIT: z
    .string()
    .regex(/^\d+(b|kb|mb)$/i)
    .default('2mb'),
  // Admission control per operation class, "in flight,queued,queue wait ms" (docs/hardening.md, Load shedding).
  // Sized for 2 cores shared with Neo4j: more in flight only queues inside Neo4j, where no deadline applies.
  ADMISSION_LOOKUP: admissionSpec('4,64,500'),
  ADMISSION_PAGE: admissionSpec('3,64,1000'),
  ADMISSION_ANALYTICS: admissionSpec('1,4,3000'),
  ADMISSION_WRITE: admissionSpec('2,16,5000'),
  // Influence answers kept per arguments; dropped at every write this process commits, and after the TTL
  // at the latest (writes by another process, e.g. `quotegraph ingest` beside a running API). 0 turns the cache off.
  INFLUENCE_CACHE_TTL_S: z.coerce.number().int().min(0).max(86_400).default(60),
  INFLUENCE_CACHE_ENTRIES: z.coerce.number().int().min(1).max(10_000).default(200),
  // threads that execute GraphQL operations off the HTTP thread (src/server/execution-pool.ts); 0: none
  EXECUTION_THREADS: z.coerce.number().int().min(0).max(16).default(1),
  // Your own alias files (data/aliases/aliases.json format), comma-separated, applied after the shipped table.
  QUOTEGRAPH_ALIAS_FILES: z.string().default(''),
  // Files larger than this are refused by ingest and extract, naming the file (long transcripts may need more).
  QUOTEGRAPH_MAX_DOCUMENT_MB: z.coerce.number().positive().max(1024).default(5),
  // Writes in flight at once during ingest and the sample load, each its own transaction.
  QUOTEGRAPH_INGEST_CONCURRENCY: z.coerce.number().int().min(1).max(16).default(2),
  // Documents per write transaction (each still whole; a failed batch is retried one document at a time).
  QUOTEGRAPH_INGEST_BATCH: z.coerce.number().int().min(1).max(1000).default(100),
  // Tests only: `quotegraph ingest` holds the batch after this many, written but not committed (src/cli/test-pause.ts).
  QUOTEGRAPH_TEST_PAUSE_AFTER_BATCHES: z.coerce.number().int().min(0).optional(),
});

/** How many requests of one operation class run at once, how many may wait, and how long. */
export interface AdmissionLimits {
  inFlight: number;
  queued: number;
  waitMs: number;
}

export interface Config {
  neo4j: {
    /** set when the user points us at a server; otherwise we find or start the local one */
    uri: string | undefined;
    user: string;
    password: string | undefined;
    database: string;
    connectTimeoutMs: number;
    queryTimeoutMs: number;
  };
  local: {
    dataDir: string;
    boltPort: number;
    httpPort: number;
    heap: string;
    pageCache: string;
    startTimeoutMs: number;
    /** the java binary: $JAVA_HOME/bin/java when JAVA_HOME is set, else java on the PATH */
    java: string;
  };
  http: { host: string; port: number };
  /** user alias files applied after data/aliases/aliases.json (QUOTEGRAPH_ALIAS_FILES, or --aliases) */
  aliasFiles: string[];
  /** files larger than this many bytes are refused by ingest and extract (QUOTEGRAPH_MAX_DOCUMENT_MB) */
  maxDocumentBytes: number;
  /**
   * write transactions (batches of ingestBatch documents) in flight during ingest
   * (QUOTEGRAPH_INGEST_CONCURRENCY, or --concurrency)
   */
  ingestConcurrency: number;
  /** documents per write transaction during ingest (QUOTEGRAPH_INGEST_BATCH, or --batch); 1: one transaction each */
  ingestBatch: number;
  /**
   * Tests only (QUOTEGRAPH_TEST_PAUSE_AFTER_BATCHES): `quotegraph ingest` writes the batch after this
   * many and, before committing it, says so on stderr and waits for a line on stdin, so a test can
   * crash or signal the run at a known point instead of racing it (src/cli/test-pause.ts).
   */
  testPauseAfterBatches: number | undefined;
  loadSample: boolean;
  logLevel: z.infer<typeof Env>['LOG_LEVEL'];
  development: boolean;
  /** API keys, what anonymous callers may do, and request limits (src/auth, src/server/limits) */
  security: {
    /** "name:role:sha256hex,..." (QUOTEGRAPH_API_KEYS) */
    apiKeys: string | undefined;
    /** JSON file of {name, role, sha256} written by `quotegraph apikey create` */
    apiKeysFile: string;
    readsRequireKey: boolean;
    corsOrigins: string[];
    introspection: boolean;
    maxDepth: number;
    maxAliases: number;
    maxCost: number;
    bodyLimit: string;
  };
  /**
   * Admission control of the API per operation class (src/server/admission-plugin.ts): lookups by id,
   * pages (timeline, search, quotes ...), analytics (influence, connections), writes (mutations).
   */
  admission: { lookup: AdmissionLimits; page: AdmissionLimits; analytics: AdmissionLimits; write: AdmissionLimits };
  /** influence answers cached per arguments (src/queries/influence/influence-cache.ts); ttlMs 0: off */
  influenceCache: { ttlMs: number; entries: number };
  /**
   * threads the API executes GraphQL operations on, apart from the thread that answers HTTP and
   * decides admission (EXECUTION_THREADS; src/server/execution-pool.ts); 0: on the HTTP thread
   */
  executionThreads: number;
  /** the project root: where package.json, cypher/, schema/ and neo4j-launcher/ live */
  root: string;
}

export class ConfigError extends DomainError {
  override name = 'ConfigError';
  readonly errorCode = 'CONFIGURATION';
}

export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  root: string = projectRoot(),
): Config {
  const parsed = Env.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_S * 1000,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
    },
    local: {
      dataDir: path.resolve(root, e.QUOTEGRAPH_DATA_DIR),
      boltPort: e.NEO4J_BOLT_PORT,
      httpPort: e.NEO4J_HTTP_PORT,
      heap: e.NEO4J_HEAP,
      pageCache: e.NEO4J_PAGECACHE,
      startTimeoutMs: e.NEO4J_START_TIMEOUT_S * 1000,
      java: e.JAVA_HOME ? path.join(e.JAVA_HOME, 'bin', 'java') : 'java',
    },
    http: { host: e.HOST, port: e.PORT },
    aliasFiles: e.QUOTEGRAPH_ALIAS_FILES.split(',')
      .map((f) => f.trim())
      .filter(Boolean)
      .map((f) => path.resolve(f)),
    maxDocumentBytes: Math.round(e.QUOTEGRAPH_MAX_DOCUMENT_MB * 1024 * 1024),
    ingestConcurrency: e.QUOTEGRAPH_INGEST_CONCURRENCY,
    ingestBatch: e.QUOTEGRAPH_INGEST_BATCH,
    testPauseAfterBatches: e.QUOTEGRAPH_TEST_PAUSE_AFTER_BATCHES,
    loadSample: e.LOAD_SAMPLE,
    logLevel: e.LOG_LEVEL,
    development: e.NODE_ENV === 'development',
    security: {
      apiKeys: e.QUOTEGRAPH_API_KEYS,
      apiKeysFile: path.resolve(root, e.QUOTEGRAPH_API_KEYS_FILE ?? path.join(e.QUOTEGRAPH_DATA_DIR, 'api-keys.json')),
      readsRequireKey: e.READS_REQUIRE_KEY,
      corsOrigins: e.CORS_ORIGINS.split(',')
        .map((o) => o.trim())
        .filter(Boolean),
      introspection: e.INTROSPECTION,
      maxDepth: e.GRAPHQL_MAX_DEPTH,
      maxAliases: e.GRAPHQL_MAX_ALIASES,
      maxCost: e.GRAPHQL_MAX_COST,
      bodyLimit: e.BODY_LIMIT,
    },
    admission: {
      lookup: e.ADMISSION_LOOKUP,
      page: e.ADMISSION_PAGE,
      analytics: e.ADMISSION_ANALYTICS,
      write: e.ADMISSION_WRITE,
    },
    influenceCache: { ttlMs: e.INFLUENCE_CACHE_TTL_S * 1000, entries: e.INFLUENCE_CACHE_ENTRIES },
    executionThreads: e.EXECUTION_THREADS,
    root,
  };
}

/** An empty variable (`NEO4J_URI=`) means "not set", as in most shells' intent. */
function stripEmpty(env: Record<string, string | undefined>): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((kv): kv is [string, string] => !!kv[1]));
}

export function projectRoot(): string {
  return path.resolve(import.meta.dirname, '..', '..');
}
