// The Quotebank importer's rates (docs/benchmarks.md, "Quotebank import"), on a local server of its own
// in a throw-away data folder, started as `quotegraph db start` starts it (the bulk path stops and starts
// that server around neo4j-admin). Generated records (bench/corpus/quotebank.ts), four slices of the same
// distribution with names of their own:
//   bulk    N records by `quotegraph import quotebank --json` into the empty graph: the bulk path, with
//           where its time went (reading, CSV, neo4j-admin, stop and start, migrations);
//   floor   N/4 records by one plain UNWIND + MERGE statement per batch, one batch at a time, then N/4
//           more with as many batches in flight as ours (the same nodes and relationships, none of the
//           rest: no timeline entries, no knownSince or source counts, no withdrawn-url check, no locks);
//   ours    N/2 records by our transactional importer, into the graph the slices before filled.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../src/config/config.ts';
import { connect } from '../../src/db/connect.ts';
import { CypherRegistry } from '../../src/db/cypher-registry.ts';
import { Database } from '../../src/db/database.ts';
import { findLocalServer } from '../../src/db/local/local-server.ts';
import { freePort } from '../../src/db/local/port-is-free.ts';
import { defaultAliasTable } from '../../src/extract/aliases/alias-table.ts';
import { importLines, type ImportSummary, type LineFormat } from '../../src/import/import-lines.ts';
import { quotebankFormat } from '../../src/import/quotebank-format.ts';
import { parseQuotebankLine, type QuotebankRecord } from '../../src/import/quotebank-record.ts';
import { quotebankRows, speakerIdResolver } from '../../src/import/quotebank-rows.ts';
import { quotebankLines } from '../corpus/quotebank.ts';

const FLOOR = `
UNWIND $stubs AS row
MERGE (d:Document {id: row.id})
ON CREATE SET d.url = row.url, d.outlet = row.outlet, d.lang = row.lang, d.text = '',
              d.knownSince = date(row.knownSince)
WITH count(*) AS stubs
UNWIND $speakers AS row
MERGE (e:Entity {id: row.id}) ON CREATE SET e:Person, e.name = row.name, e.kind = 'PERSON'
WITH count(*) AS speakers
UNWIND $quotes AS row
MERGE (q:Quote {id: row.id})
SET q.text = row.text, q.lang = row.lang, q.edtf = row.edtf, q.earliest = date(row.earliest),
    q.latest = date(row.latest), q.precision = row.precision, q.basis = row.basis,
    q.speakerCandidates = row.candidates, q.speakerProbabilities = row.probabilities
WITH q, row
CALL (q, row) {
  UNWIND row.sources AS src
  MATCH (d:Document {id: src.docId})
  MERGE (q)-[s:SOURCED_FROM]->(d) ON CREATE SET s.confidence = src.confidence
}
CALL (q, row) {
  WITH q, row WHERE row.speakerId IS NOT NULL
  MATCH (p:Entity {id: row.speakerId})
  MERGE (p)-[:SAID]->(q)
}
RETURN count(q) AS quotes`;

function floorFormat(): LineFormat<QuotebankRecord> {
  const speakerId = speakerIdResolver(defaultAliasTable());
  return {
    name: 'floor',
    concurrent: true,
    parse: parseQuotebankLine,
    async write(db: Database, records: QuotebankRecord[]) {
      const rows = quotebankRows(records, 0.5, speakerId);
      await db.raw(FLOOR, { ...rows });
      return { counts: { quotes: rows.quotes.length } };
    },
  };
}

export interface QuotebankImportFigures {
  records: number;
  batchSize: number;
  concurrency: number;
  bulk: { records: number; seconds: number; recordsPerSec: number; phases: Record<string, number> };
  rawFloorRecordsPerSec: number;
  rawFloorConcurrentRecordsPerSec: number;
  incrementalRecordsPerSec: number;
  /** ours ÷ the floor written one batch at a time, and ÷ the floor with as many batches in flight */
  incrementalOverRaw: number;
  incrementalOverRawConcurrent: number;
}

/** Runs `quotegraph ARGS` with `env`; resolves with its output, rejects naming the command when it fails. */
function quotegraph(args: string[], env: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(projectRoot(), 'bin', 'quotegraph.js'), ...args], {
      env: { ...process.env, ...env, NEO4J_URI: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (err += d));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`quotegraph ${args.join(' ')} exited ${code}:\n${err}`)),
    );
  });
}

export async function measureQuotebankImport(
  records: number,
  say: (line: string) => void,
  opts: { batchSize?: number; concurrency?: number } = {},
): Promise<QuotebankImportFigures> {
  const batchSize = opts.batchSize ?? 1000;
  const concurrency = opts.concurrency ?? 2;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-bench-import-'));
  const slice = async (name: string, n: number, seed: number) => {
    const file = path.join(dataDir, `${name}.jsonl`);
    await writeFile(file, `${[...quotebankLines({ records: n, seed, tag: name })].join('\n')}\n`);
    return file;
  };
  const quarter = Math.floor(records / 4);
  const files = {
    bulk: await slice('Bulk', records, 1),
    floor: await slice('Floor', quarter, 2),
    floorConcurrent: await slice('Floorpar', quarter, 4),
    ours: await slice('Ours', 2 * quarter, 3),
  };
  const env = {
    QUOTEGRAPH_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: String(await freePort()),
    NEO4J_HTTP_PORT: String(await freePort()),
    NEO4J_HEAP: process.env.NEO4J_HEAP || '2g',
    NEO4J_PAGECACHE: process.env.NEO4J_PAGECACHE || '2g',
    NEO4J_START_TIMEOUT_S: '600',
  };
  let db: Database | null = null;
  try {
    say('import: starting a local Neo4j of its own (quotegraph db start) …');
    await quotegraph(['db', 'start'], env);
    say(`import: bulk path, ${records} records into the empty graph …`);
    const bulk = JSON.parse(await quotegraph(['import', 'quotebank', files.bulk, '--json'], env)) as {
      bulk?: boolean;
      records: number;
      seconds: number;
      recordsPerSecond: number;
      phases: Record<string, number>;
    };
    if (!bulk.bulk) throw new Error('the first import did not take the bulk path');
    say(`import: bulk ${bulk.records} records in ${bulk.seconds.toFixed(1)} s = ${bulk.recordsPerSecond} records/s`);

    const running = await findLocalServer(dataDir);
    if (!running) throw new Error(`no local Neo4j runs in ${dataDir} after the bulk import`);
    const driver = await connect({ uri: running.state.uri, ...running.credentials, database: 'neo4j' }, 120_000);
    db = new Database(driver, 'neo4j', await CypherRegistry.load(path.join(projectRoot(), 'cypher')), 600_000);
    const run = async (label: string, file: string, format: LineFormat<QuotebankRecord>, inFlight: number) => {
      const s: ImportSummary = await importLines(db!, [file], format, { batchSize, concurrency: inFlight });
      say(`import: ${label}: ${s.records} records in ${s.seconds.toFixed(1)} s = ${s.recordsPerSecond} records/s`);
      return s.recordsPerSecond;
    };
    const floor = await run('raw UNWIND floor, one batch at a time', files.floor, floorFormat(), 1);
    const floorConcurrent = await run(
      `raw UNWIND floor, ${concurrency} batches in flight`,
      files.floorConcurrent,
      floorFormat(),
      concurrency,
    );
    const ours = await run(
      `ours into the filled graph, ${concurrency} batches in flight`,
      files.ours,
      quotebankFormat(),
      concurrency,
    );
    const ratio = (a: number, b: number) => Math.round((a / b) * 100) / 100;
    return {
      records,
      batchSize,
      concurrency,
      bulk: {
        records: bulk.records,
        seconds: Math.round(bulk.seconds * 10) / 10,
        recordsPerSec: bulk.recordsPerSecond,
        phases: bulk.phases,
      },
      rawFloorRecordsPerSec: floor,
      rawFloorConcurrentRecordsPerSec: floorConcurrent,
      incrementalRecordsPerSec: ours,
      incrementalOverRaw: ratio(ours, floor),
      incrementalOverRawConcurrent: ratio(ours, floorConcurrent),
    };
  } finally {
    await db?.close().catch(() => undefined);
    await quotegraph(['db', 'stop'], env).catch((e: Error) => say(`import: db stop: ${e.message}`));
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** The figures as the bench prints them. */
export function quotebankImportLines(f: QuotebankImportFigures): string[] {
  const phases = Object.entries(f.bulk.phases)
    .map(([k, v]) => `${k} ${v} s`)
    .join(', ');
  return [
    `import     Quotebank, ${f.records} generated records (batches of ${f.batchSize}, ${f.concurrency} in flight):`,
    `           bulk into an empty graph ${f.bulk.recordsPerSec} records/s (${f.bulk.seconds} s: ${phases})`,
    `           raw UNWIND floor ${f.rawFloorRecordsPerSec} records/s one batch at a time, ` +
      `${f.rawFloorConcurrentRecordsPerSec} with ${f.concurrency} in flight`,
    `           ours into the filled graph ${f.incrementalRecordsPerSec} records/s ` +
      `(${f.incrementalOverRaw}x the floor; ${f.incrementalOverRawConcurrent}x the floor in flight alike)`,
  ];
}
