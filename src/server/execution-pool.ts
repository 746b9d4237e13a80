import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Config } from '../config/config.ts';
import type { Connection } from '../db/connect.ts';
import type { ExecuteMessage, ExecutionWorkerData, FromWorker, ToWorker } from './execution-worker.ts';

export type ExecuteRequest = Omit<ExecuteMessage, 'kind' | 'id'>;
export type ExecuteAnswer = Extract<FromWorker, { kind: 'result' }>;

interface Thread {
  worker: Worker;
  /** requests sent to it and not answered yet */
  pending: Map<number, (answer: ExecuteAnswer) => void>;
  ready: boolean;
}

/** how long a replacement waits after a thread that could not start, so a down database is not a spin */
const RESTART_DELAY_MS = 1000;

/** what the requests a thread had in flight get when it dies: a bug of ours, answered as one */
const died = (id: number, why: string): ExecuteAnswer => ({
  kind: 'result',
  id,
  data: null,
  errors: [
    {
      message: 'internal error',
      app: {
        code: 'INTERNAL_SERVER_ERROR',
        message: 'internal error',
        details: {},
        cause: { name: 'Error', message: `the execution thread ended: ${why}` },
      },
    },
  ],
  queries: [],
  influenceCache: [],
});

/**
 * Execution threads: GraphQL operations run here, each thread with its own driver, schema and
 * caches, so that the HTTP thread, which parses requests, decides admission and answers refusals,
 * never waits behind the work of the requests it admitted (docs/decisions/0010). An operation goes
 * to the thread with the fewest in flight. A thread that dies fails what it had in flight
 * (INTERNAL_SERVER_ERROR, logged) and is replaced.
 */
export class ExecutionPool {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private stopping = false;

  private constructor(
    private readonly data: ExecutionWorkerData,
    private readonly onDeath: (why: string) => void,
  ) {}

  /** Starts `size` threads and resolves when every one has connected; rejects with the first failure. */
  static async start(
    config: Config,
    connection: Connection,
    version: string,
    size: number,
    onDeath: (why: string) => void,
    queryTimeoutMs = config.neo4j.queryTimeoutMs,
  ): Promise<ExecutionPool> {
    const pool = new ExecutionPool({ config, connection, version, queryTimeoutMs }, onDeath);
    try {
      await Promise.all(Array.from({ length: size }, () => pool.spawn()));
    } catch (err) {
      await pool.stop();
      throw err;
    }
    return pool;
  }

  get size(): number {
    return this.threads.length;
  }

  execute(request: ExecuteRequest): Promise<ExecuteAnswer> {
    let thread: Thread | undefined;
    for (const t of this.threads) if (t.ready && (!thread || t.pending.size < thread.pending.size)) thread = t;
    const id = this.nextId++;
    if (!thread) return Promise.resolve(died(id, 'none is running (restarting)'));
    const target = thread;
    return new Promise<ExecuteAnswer>((resolve) => {
      target.pending.set(id, resolve);
      target.worker.postMessage({ kind: 'execute', id, ...request } satisfies ToWorker);
    });
  }

  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(
      this.threads.splice(0).map(async (t) => {
        const stopped = new Promise<void>((resolve) => {
          t.worker.on('message', (m: FromWorker) => m.kind === 'stopped' && resolve());
          t.worker.once('exit', () => resolve());
        });
        t.worker.postMessage({ kind: 'stop' } satisfies ToWorker);
        await Promise.race([stopped, new Promise((r) => setTimeout(r, 5000).unref())]);
        await t.worker.terminate();
      }),
    );
  }

  private spawn(): Promise<void> {
    // The thread loads the compiled module when build/ is fresh, else the TypeScript through tsx,
    // exactly as the `quotegraph` command does (bin/import-source.js).
    const importSource = pathToFileURL(path.join(this.data.config.root, 'bin', 'import-source.js')).href;
    const boot = `import(${JSON.stringify(importSource)})
      .then((m) => m.importSource('server/execution-worker'))
      .then((m) => m.runExecutionWorker())
      .catch((err) => require('node:worker_threads').parentPort
        .postMessage({ kind: 'failed', message: String(err?.stack ?? err) }));`;
    const worker = new Worker(boot, {
      eval: true,
      workerData: this.data,
      // in development, stack traces (which errors then carry) name the TypeScript, not build/
      ...(this.data.config.development ? { execArgv: [...process.execArgv, '--enable-source-maps'] } : {}),
    });
    const thread: Thread = { worker, pending: new Map(), ready: false };
    this.threads.push(thread);
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (m: FromWorker) => {
        if (m.kind === 'result') {
          const answer = thread.pending.get(m.id);
          thread.pending.delete(m.id);
          answer?.(m);
        } else if (m.kind === 'ready') {
          thread.ready = true;
          resolve();
        } else if (m.kind === 'failed') {
          reject(new Error(`an execution thread could not start: ${m.message}`));
          void worker.terminate();
        }
      });
      worker.on('error', (err) => this.lost(thread, err.message));
      worker.on('exit', (code) => {
        reject(new Error(`an execution thread exited with ${code} before it was ready`));
        this.lost(thread, `exit code ${code}`);
      });
    });
  }

  private lost(thread: Thread, why: string): void {
    const at = this.threads.indexOf(thread);
    if (at < 0) return;
    this.threads.splice(at, 1);
    for (const [id, answer] of thread.pending) answer(died(id, why));
    thread.pending.clear();
    // a thread that never got ready is its spawn's failure, which the caller of spawn handles
    if (this.stopping || !thread.ready) return;
    this.onDeath(why);
    const replace = (): void => {
      if (this.stopping) return;
      this.spawn().catch((err: Error) => {
        this.onDeath(err.message);
        setTimeout(replace, RESTART_DELAY_MS).unref();
      });
    };
    replace();
  }
}
