// Each operation three ways on the same database: our GraphQL over HTTP, the Cypher our API ran
// for it replayed straight through the driver (the floor), and @neo4j/graphql over HTTP. The three
// ways run interleaved (one of each per round), so a busy machine slows all three alike. dbHits come
// from PROFILE of exactly the statements each way ran, grouped into transactions as they were run.
import type { Driver, ManagedTransaction } from 'neo4j-driver';
import type { Operation } from './operations.ts';
import type { Recorder, RecordedTx } from './recording-driver.ts';
import { ratio, summarize, type Summary } from './stats.ts';

export interface OperationFigures {
  name: string;
  indexed: boolean;
  ours: Summary;
  raw: Summary;
  theirs: Summary | null;
  theirsNote: string;
  /** ours p50 / raw p50 (target <= 1.3) */
  oursOverRaw: number | null;
  /** ours p50 / @neo4j/graphql p50 (target < 1) */
  oursOverTheirs: number | null;
  /** Cypher round trips our API made for one request */
  statements: number;
  dbHits: { ours: number; theirs: number | null };
  /** the statements' first line (our cypher file header is not sent; the first Cypher line is) */
  cypher: { ours: string[]; theirs: string[] };
  resultItems: { ours: number; theirs: number | null };
}

export async function post(
  url: string,
  body: { query: string; variables: Record<string, unknown> },
): Promise<{ ms: number; json: { data?: unknown; errors?: unknown[] } }> {
  const t = performance.now();
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await res.json()) as { data?: unknown; errors?: unknown[] };
  return { ms: performance.now() - t, json };
}

async function capture(
  recorder: Recorder,
  url: string,
  body: { query: string; variables: Record<string, unknown> },
): Promise<{ txs: RecordedTx[]; json: { data?: unknown; errors?: unknown[] } }> {
  recorder.start();
  try {
    const { json } = await post(url, body);
    if (json.errors) throw new Error(`${url}: ${JSON.stringify(json.errors).slice(0, 600)}`);
    return { txs: recorder.stop(), json };
  } finally {
    recorder.stop();
  }
}

export async function replay(driver: Driver, txs: RecordedTx[], profile = false): Promise<number> {
  let hits = 0;
  for (const t of txs) {
    const session = driver.session({ defaultAccessMode: t.mode === 'WRITE' ? 'WRITE' : 'READ' });
    try {
      const work = async (tx: ManagedTransaction) => {
        for (const s of t.statements) {
          const r = await tx.run(profile ? `PROFILE ${s.text}` : s.text, s.params);
          if (profile) hits += sumHits(r.summary.profile as Plan | false);
        }
      };
      if (t.mode === 'WRITE') await session.executeWrite(work);
      else if (t.mode === 'READ') await session.executeRead(work);
      else await work(session as unknown as ManagedTransaction); // auto-commit: each statement on the session
    } finally {
      await session.close();
    }
  }
  return hits;
}

interface Plan {
  dbHits: number;
  children: Plan[];
}

function sumHits(p: Plan | false | null): number {
  if (!p) return 0;
  return (p.dbHits ?? 0) + (p.children ?? []).reduce((s, c) => s + sumHits(c), 0);
}

const countItems = (data: unknown): number => {
  // the size of the first list found under data: edges, hits, scores or paths
  const walk = (v: unknown): number | null => {
    if (Array.isArray(v)) return v.length;
    if (v && typeof v === 'object') {
      for (const x of Object.values(v)) {
        const n = walk(x);
        if (n !== null) return n;
      }
    }
    return null;
  };
  return walk(data) ?? 0;
};

export async function measureOperations(
  ops: Operation[],
  ways: { oursUrl: string; theirsUrl: string; driver: Driver; oursRecorder: Recorder; theirsRecorder: Recorder },
  warmup: { indexed: number; wholeGraph: number },
  say: (line: string) => void,
): Promise<OperationFigures[]> {
  const out: OperationFigures[] = [];
  for (const op of ops) {
    try {
      out.push(await measureOne(op, ways, warmup, say));
    } catch (err) {
      // one failing operation must not lose the rest of a long run
      say(`${op.name}: FAILED ${(err as Error).message.slice(0, 300)}`);
      out.push({
        name: op.name,
        indexed: op.indexed,
        error: (err as Error).message.slice(0, 1000),
      } as unknown as OperationFigures);
    }
  }
  return out;
}

async function measureOne(
  op: Operation,
  ways: { oursUrl: string; theirsUrl: string; driver: Driver; oursRecorder: Recorder; theirsRecorder: Recorder },
  warmup: { indexed: number; wholeGraph: number },
  say: (line: string) => void,
): Promise<OperationFigures> {
  {
    const ours = await capture(ways.oursRecorder, ways.oursUrl, op.ours);
    const theirs = op.theirs ? await capture(ways.theirsRecorder, ways.theirsUrl, op.theirs) : null;
    // indexed lookups take the full warm-up (JIT of both servers and the driver settle in some ten rounds);
    // the whole-graph operations, at hundreds of ms to seconds a run, are warm after three (one in quick mode)
    for (let i = 0; i < (op.indexed ? warmup.indexed : warmup.wholeGraph); i++) {
      await post(ways.oursUrl, op.ours);
      await replay(ways.driver, ours.txs);
      if (op.theirs) await post(ways.theirsUrl, op.theirs);
    }
    const t = { ours: [] as number[], raw: [] as number[], theirs: [] as number[] };
    for (let i = 0; i < op.runs; i++) {
      t.ours.push((await post(ways.oursUrl, op.ours)).ms);
      const s = performance.now();
      await replay(ways.driver, ours.txs);
      t.raw.push(performance.now() - s);
      if (op.theirs) t.theirs.push((await post(ways.theirsUrl, op.theirs)).ms);
    }
    const dbHits = {
      ours: await replay(ways.driver, ours.txs, true),
      theirs: theirs ? await replay(ways.driver, theirs.txs, true) : null,
    };
    const f: OperationFigures = {
      name: op.name,
      indexed: op.indexed,
      ours: summarize(t.ours),
      raw: summarize(t.raw),
      theirs: op.theirs ? summarize(t.theirs) : null,
      theirsNote: op.theirs?.note ?? 'no equivalent in @neo4j/graphql',
      oursOverRaw: null,
      oursOverTheirs: null,
      statements: ours.txs.reduce((n, x) => n + x.statements.length, 0),
      dbHits,
      cypher: {
        ours: ours.txs.flatMap((x) => x.statements.map((s) => firstLine(s.text))),
        theirs: theirs?.txs.flatMap((x) => x.statements.map((s) => firstLine(s.text))) ?? [],
      },
      resultItems: { ours: countItems(ours.json.data), theirs: theirs ? countItems(theirs.json.data) : null },
    };
    f.oursOverRaw = ratio(f.ours.median, f.raw.median);
    f.oursOverTheirs = f.theirs ? ratio(f.ours.median, f.theirs.median) : null;
    say(
      `${op.name.padEnd(16)} ours p50 ${f.ours.median} ms  raw ${f.raw.median} ms  @neo4j/graphql ` +
        `${f.theirs?.median ?? '-'} ms  dbHits ${f.dbHits.ours} vs ${f.dbHits.theirs ?? '-'}`,
    );
    return f;
  }
}

const firstLine = (text: string): string =>
  text
    .split('\n')
    .find((l) => l.trim() && !l.trim().startsWith('//'))
    ?.trim()
    .slice(0, 120) ?? '';
