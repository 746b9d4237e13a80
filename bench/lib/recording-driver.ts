// A driver wrapper that records every statement run through it (text and parameters), grouped by
// transaction, while `recording` is set. The same wrapper is put under our API and under
// @neo4j/graphql, so "the Cypher each way actually runs" is captured identically, and replayed or
// PROFILEd as it was run (same grouping into transactions).
import type { Driver } from 'neo4j-driver';

export interface RecordedStatement {
  text: string;
  params: Record<string, unknown>;
}

export type RecordedTx = { mode: 'READ' | 'WRITE' | 'AUTO'; statements: RecordedStatement[] };

export class Recorder {
  recording = false;
  txs: RecordedTx[] = [];

  start(): void {
    this.txs = [];
    this.recording = true;
  }

  stop(): RecordedTx[] {
    this.recording = false;
    return this.txs.filter((t) => t.statements.length);
  }
}

function wrapRunner<T extends object>(target: T, group: () => RecordedTx | null): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop === 'run' && typeof value === 'function') {
        return (
          text: string | { text: string; parameters?: Record<string, unknown> },
          params?: Record<string, unknown>,
          ...rest: unknown[]
        ) => {
          const g = group();
          if (g) {
            const q =
              typeof text === 'string'
                ? { text, params: params ?? {} }
                : { text: text.text, params: text.parameters ?? {} };
            g.statements.push(q);
          }
          return (value as (...a: unknown[]) => unknown).call(obj, text, params, ...rest);
        };
      }
      return typeof value === 'function' ? value.bind(obj) : value;
    },
  });
}

export function recordingDriver(driver: Driver, recorder: Recorder): Driver {
  const newGroup = (mode: RecordedTx['mode']): RecordedTx | null => {
    if (!recorder.recording) return null;
    const g = { mode, statements: [] };
    recorder.txs.push(g);
    return g;
  };
  return new Proxy(driver, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (prop !== 'session' || typeof value !== 'function')
        return typeof value === 'function' ? value.bind(obj) : value;
      return (...args: unknown[]) => {
        const session = (value as (...a: unknown[]) => object).apply(obj, args) as Record<string, unknown>;
        return new Proxy(session, {
          get(s, p, r) {
            const v = Reflect.get(s, p, r);
            if (typeof v !== 'function') return v;
            if (p === 'executeRead' || p === 'executeWrite' || p === 'readTransaction' || p === 'writeTransaction') {
              return (work: (tx: object) => unknown, ...rest: unknown[]) =>
                (v as (...a: unknown[]) => unknown).call(
                  s,
                  (tx: object) => {
                    // a fresh group per attempt: a retried transaction is recorded once per attempt
                    const g = newGroup(p === 'executeRead' || p === 'readTransaction' ? 'READ' : 'WRITE');
                    return work(wrapRunner(tx, () => g));
                  },
                  ...rest,
                );
            }
            if (p === 'beginTransaction') {
              // our Database opens explicit transactions for writes only
              return (...a: unknown[]) => {
                const g = newGroup('WRITE');
                return wrapRunner((v as (...x: unknown[]) => object).apply(s, a), () => g);
              };
            }
            if (p === 'run') {
              return (...a: unknown[]) => {
                const g = newGroup('AUTO');
                return wrapRunner(
                  { run: (...b: unknown[]) => (v as (...x: unknown[]) => unknown).apply(s, b) },
                  () => g,
                ).run(...(a as [string]));
              };
            }
            return v.bind(s);
          },
        });
      };
    },
  }) as Driver;
}
