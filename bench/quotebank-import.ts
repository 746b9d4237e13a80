// `npm run bench:import -- --records N [--batch B] [--json]`: the Quotebank importer's rate, incremental, into
// a graph it first fills, against a raw UNWIND floor. A throw-away Neo4j (bench/lib/server.ts); generated
// records (bench/corpus/quotebank.ts) in three slices of the same distribution with names of their own:
//   fill   N records imported by our importer into the empty graph (reported too: a first import's rate);
//   floor  N/2 records by one plain UNWIND + MERGE statement per batch (the same nodes and relationships,
//          none of the rest: no timeline entries, no knownSince or source counts, no withdrawn-url check);
//   ours   N/2 records by our importer, into the graph the first two slices filled.
// Records/s of ours ÷ floor is the ratio docs/benchmarks.md reports.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Database } from '../src/db/database.ts';
import { defaultAliasTable } from '../src/extract/aliases/alias-table.ts';
import { importLines, type ImportSummary, type LineFormat } from '../src/import/import-lines.ts';
import { quotebankFormat } from '../src/import/quotebank-format.ts';
import { parseQuotebankLine, type QuotebankRecord } from '../src/import/quotebank-record.ts';
import { quotebankRows, speakerIdResolver } from '../src/import/quotebank-rows.ts';
import { version } from '../src/version.ts';
import { quotebankLines } from './corpus/quotebank.ts';
import { startBenchServer } from './lib/server.ts';

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
    parse: parseQuotebankLine,
    async write(db: Database, records: QuotebankRecord[]) {
      const rows = quotebankRows(records, 0.5, speakerId);
      await db.raw(FLOOR, { ...rows });
      return { counts: { quotes: rows.quotes.length } };
    },
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { records: { type: 'string' }, batch: { type: 'string' }, json: { type: 'boolean' } },
  });
  const records = Number(values.records ?? 100_000);
  const batchSize = Number(values.batch ?? 1000);
  const started = performance.now();
  const say = (line: string) =>
    process.stderr.write(`[bench:import ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-bench-import-'));
  const slice = async (name: string, n: number, seed: number) => {
    const file = path.join(dir, `${name}.jsonl`);
    await writeFile(file, `${[...quotebankLines({ records: n, seed, tag: name })].join('\n')}\n`);
    return file;
  };
  const [fill, floor, ours] = [
    await slice('Fill', records, 1),
    await slice('Floor', records / 2, 2),
    await slice('Ours', records / 2, 3),
  ];
  const server = await startBenchServer(say);
  try {
    const run = async (label: string, file: string, format: LineFormat<QuotebankRecord>): Promise<ImportSummary> => {
      say(`${label}: importing ${path.basename(file)}`);
      const s = await importLines(server.db, [file], format, {
        batchSize,
        onProgress: (p) => {
          if (p.records % 20_000 < batchSize)
            say(`${label}: ${p.records} records, ${Math.round(p.records / p.seconds)}/s`);
        },
      });
      say(`${label}: ${s.records} records in ${s.seconds.toFixed(1)} s = ${s.recordsPerSecond} records/s`);
      return s;
    };
    const filled = await run('fill (ours, into the empty graph)', fill, quotebankFormat());
    const raw = await run('floor (raw UNWIND)', floor, floorFormat());
    const incremental = await run('ours (into the filled graph)', ours, quotebankFormat());
    const result = {
      bench: 'quotegraph import quotebank',
      version,
      at: new Date().toISOString(),
      records,
      batchSize,
      loadAvg: os.loadavg().map((l) => Math.round(l * 100) / 100),
      firstImportRecordsPerSec: filled.recordsPerSecond,
      rawFloorRecordsPerSec: raw.recordsPerSecond,
      incrementalRecordsPerSec: incremental.recordsPerSecond,
      incrementalOverRaw: Math.round((incremental.recordsPerSecond / raw.recordsPerSecond) * 100) / 100,
      durationSeconds: Math.round((performance.now() - started) / 100) / 10,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else
      process.stdout.write(
        `Quotebank import, ${records} + ${records / 2} + ${records / 2} generated records, batches of ${batchSize}:\n` +
          `  first import into an empty graph  ${result.firstImportRecordsPerSec} records/s\n` +
          `  raw UNWIND floor                  ${result.rawFloorRecordsPerSec} records/s\n` +
          `  ours into the filled graph        ${result.incrementalRecordsPerSec} records/s ` +
          `(${result.incrementalOverRaw}x the floor)\n`,
      );
  } finally {
    await server.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
