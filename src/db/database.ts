import neo4j, { type Driver, type Transaction } from 'neo4j-driver';
import { isMemoryLimitError, toAppError } from '../errors/to-app-error.ts';
import type { CypherRegistry } from './cypher-registry.ts';
import type { CypherStatements } from './cypher.generated.ts';
import { fromNeo4j } from './convert.ts';
import { isConnectivityError, Outage } from './outage.ts';

/** how long transient failures (deadlocks, a leader switch) are retried ... */
const RETRY_WINDOW_MS = 5_000;
/** ... and how many tries they get at least: a batch of documents can take seconds per try */
const MIN_TRANSIENT_TRIES = 8;

export type Row = Record<string, unknown>;

/** What a statement map says of each statement: its parameters and one row's type (src/db/cypher.generated.ts). */
export type Statements = { [name: string]: { params: object; row: object; mode: 'read' | 'write' } };

/** The parameter argument: optional when the statement takes none. */
type ParamsArg<P> = [P] extends [Record<string, never>] ? [params?: P] : [params: P];

export interface QueryEvent {
  name: string;
  ms: number;
  ok: boolean;
}

/** What a CypherTx runs its statements on: a write transaction, or a session's auto-commit run. */
type Runner = Pick<Transaction, 'run'>;

/**
 * A statement run inside one transaction. Query modules receive this, never a driver or a
 * session, so a whole document can be written in one transaction and tests can scope their work.
 */
export class CypherTx<S extends Statements = CypherStatements> {
  constructor(
    private readonly tx: Runner,
    private readonly db: Database<S>,
  ) {}

  async rows<N extends keyof S & string>(name: N, ...[params = {}]: ParamsArg<S[N]['params']>): Promise<S[N]['row'][]> {
    const query = this.db.queries.get(name);
    const started = performance.now();
    let ok = false;
    try {
      const result = await this.tx.run(query.text, params);
      ok = true;
      // the one cast: the row type is the statement's `// Row:` header (tests/cypher-files.test.ts runs them)
      return result.records.map((r) => fromNeo4j(r.toObject()) as S[N]['row']);
    } finally {
      this.db.emit({ name, ms: performance.now() - started, ok });
    }
  }

  async one<N extends keyof S & string>(name: N, ...params: ParamsArg<S[N]['params']>): Promise<S[N]['row'] | null> {
    return (await this.rows(name, ...params))[0] ?? null;
  }
}

/**
 * The one place that runs Cypher: writes in explicit transactions, reads as auto-commit statements,
 * transient errors retried here and only here (so work functions must be free of side effects
 * outside the database), a timeout and metadata on every transaction, values converted at the
 * boundary, driver errors mapped to our codes.
 */
export class Database<S extends Statements = CypherStatements> {
  private readonly listeners = new Set<(e: QueryEvent) => void>();
  private writes = 0;
  /** while Neo4j is unreachable, transactions fail at once (src/db/outage.ts) */
  readonly outage: Outage;

  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly queries: CypherRegistry,
    /** how long a transaction may run before Neo4j stops it (QUERY_TIMEOUT_MS, or what a caller chose) */
    readonly queryTimeoutMs: number,
  ) {
    this.outage = new Outage(driver, name);
  }

  read<T>(work: (tx: CypherTx<S>) => Promise<T>, tag = 'read'): Promise<T> {
    return this.transaction('READ', work, tag, this.queryTimeoutMs);
  }

  /** `timeoutMs` replaces QUERY_TIMEOUT_MS for writes that are not requests (a batch of an import). */
  write<T>(work: (tx: CypherTx<S>) => Promise<T>, tag = 'write', timeoutMs = this.queryTimeoutMs): Promise<T> {
    return this.transaction('WRITE', work, tag, timeoutMs);
  }

  /**
   * One named statement in its own transaction, read or write as its header says. `timeoutMs`
   * replaces QUERY_TIMEOUT_MS for statements that are not requests (the start-up sequence).
   */
  query<N extends keyof S & string>(
    name: N,
    params: S[N]['params'],
    timeoutMs = this.queryTimeoutMs,
  ): Promise<S[N]['row'][]> {
    const work = (tx: CypherTx<S>) => tx.rows(name, ...([params] as ParamsArg<S[N]['params']>));
    return this.transaction(this.queries.get(name).mode === 'write' ? 'WRITE' : 'READ', work, name, timeoutMs);
  }

  /**
   * Runs a statement that is not in the registry (schema commands and backfills of migrations, EXPLAIN
   * checks) in an auto-commit transaction, so it may batch itself with CALL { } IN TRANSACTIONS.
   * `timeoutMs` 0 lets it run as long as it takes (a migration over a large graph).
   */
  async raw(text: string, params: Record<string, unknown> = {}, timeoutMs = this.queryTimeoutMs): Promise<Row[]> {
    const session = this.driver.session({ database: this.name });
    try {
      const result = await session.run(text, params, { timeout: timeoutMs, metadata: { app: 'quotegraph' } });
      return result.records.map((r) => fromNeo4j(r.toObject()) as Row);
    } catch (err) {
      throw toAppError(err);
    } finally {
      // a migration or a test's setup may write here
      this.writes++;
      await session.close();
    }
  }

  /**
   * Counts the write transactions and raw statements this process has ended (committed, failed or
   * of unknown outcome: counting one too many only costs a cache a recomputation). Caches of read results compare it to
   * the value they saw when they read; writes by other processes are not seen here.
   */
  get writeGeneration(): number {
    return this.writes;
  }

  onQuery(listener: (e: QueryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  emit(e: QueryEvent): void {
    for (const l of this.listeners) l(e);
  }

  close(): Promise<void> {
    this.outage.close();
    return this.driver.close();
  }

  /**
   * Retries are ours, not the driver's: writes run in an explicit transaction (the driver's managed
   * executeWrite retries once more on its own even with maxTransactionRetryTime 0), and transient
   * errors such as deadlocks are retried with jittered backoff for up to RETRY_WINDOW_MS and at least
   * MIN_TRANSIENT_TRIES tries (two ingest batches that lock the same popular entities can deadlock
   * each other several times while each try takes seconds), but an
   * unreachable server gets one quick second try (a pooled connection may have died with a restart)
   * and then opens the outage, so callers hear DATABASE_UNAVAILABLE at once instead of after seconds.
   */
  private async transaction<T>(
    mode: 'READ' | 'WRITE',
    work: (tx: CypherTx<S>) => Promise<T>,
    tag: string,
    timeoutMs: number,
  ): Promise<T> {
    const config = { timeout: timeoutMs, metadata: { app: 'quotegraph', op: tag } };
    const deadline = Date.now() + RETRY_WINDOW_MS;
    for (let attempt = 0; ; attempt++) {
      this.outage.check();
      const session = this.driver.session({
        database: this.name,
        defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
      });
      try {
        // Reads run as auto-commit statements: a read has nothing to commit, and an explicit
        // transaction's COMMIT is one more round trip (~1 ms of a 2.5 ms lookup; docs/decisions/0004).
        // Each statement of a read then sees the data committed when it starts.
        if (mode === 'READ')
          return await work(new CypherTx({ run: (text, params) => session.run(text, params, config) }, this));
        const tx = session.beginTransaction(config);
        try {
          const result = await work(new CypherTx(tx, this));
          await tx.commit();
          return result;
        } finally {
          // after a failure (or a failed commit) nothing of this try may stay open
          if (tx.isOpen()) await tx.rollback().catch(() => undefined);
          this.writes++;
        }
      } catch (err) {
        if (isConnectivityError(err)) {
          if (attempt === 0) continue;
          this.outage.record(err);
        } else if (
          neo4j.isRetryableError(err as Error) &&
          !isMemoryLimitError(err) &&
          (Date.now() < deadline || attempt + 1 < MIN_TRANSIENT_TRIES)
        ) {
          await new Promise((r) => setTimeout(r, Math.min(1_000, 25 * 2 ** attempt) * (0.8 + Math.random() * 0.4)));
          continue;
        }
        throw toAppError(err);
      } finally {
        await session.close();
      }
    }
  }
}
