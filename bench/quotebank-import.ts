// `npm run bench:import -- --records N [--batch B] [--concurrency C] [--json]`: the Quotebank importer's rates
// alone (bench/phases/quotebank-import.ts; `npm run bench` measures them too, at its scale): the bulk path
// into an empty graph, and the transactional path into the graph that filled, against a raw UNWIND floor.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { version } from '../src/version.ts';
import { measureQuotebankImport, quotebankImportLines } from './phases/quotebank-import.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string' },
    batch: { type: 'string' },
    concurrency: { type: 'string' },
    json: { type: 'boolean' },
  },
});
const started = performance.now();
const say = (line: string) =>
  process.stderr.write(`[bench:import ${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}\n`);
const loadAvgAtStart = os.loadavg().map((l) => Math.round(l * 100) / 100);
const figures = await measureQuotebankImport(Number(values.records ?? 100_000), say, {
  batchSize: Number(values.batch ?? 1000),
  concurrency: Number(values.concurrency ?? 2),
});
const result = {
  bench: 'quotegraph import quotebank',
  version,
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, loadAvgAtStart, loadAvgAtEnd: os.loadavg().map((l) => Math.round(l * 100) / 100) },
  ...figures,
  durationSeconds: Math.round((performance.now() - started) / 100) / 10,
};
if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
else process.stdout.write(`${quotebankImportLines(figures).join('\n')}\n`);
