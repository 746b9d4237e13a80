// Wikidata reading speed: generates a dump of N small entities in the real format (`[`, one entity
// per line ending in `,`, `]`) in /tmp, plain, gzip and bzip2, then streams each through the reader and
// the matcher (against 1000 invented graph entities, a few of which match) and prints entities/s
// and the peak RSS. The .bz2 case runs when the bzip2 command exists. `npm run bench:wikidata -- --entities 200000`
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import {
  CandidateCollector,
  candidatesOf,
  type GraphEntity,
  indexGraphEntities,
} from '../src/wikidata/match-entities.ts';
import type { Bzip2Decoder } from '../src/wikidata/open-lines.ts';
import { readEntities } from '../src/wikidata/read-entities.ts';
import { positionOf, statementsOf } from '../src/wikidata/statements.ts';

const { values } = parseArgs({ options: { entities: { type: 'string', default: '200000' } } });
const n = Number(values.entities);

/** A small item as the dump has it: labels, descriptions, aliases in de/en, one P31 claim. */
function entityLine(i: number): string {
  const id = `Q${i + 1}`;
  const name = `Person ${i.toString(36)}`;
  const term = (language: string, value: string) => ({ language, value });
  return JSON.stringify({
    type: 'item',
    id,
    labels: { en: term('en', name), de: term('de', name) },
    descriptions: { en: term('en', 'generated benchmark item'), de: term('de', 'erzeugter Eintrag') },
    aliases: { en: [term('en', `P. ${i.toString(36)}`)] },
    claims: {
      P31: [
        {
          mainsnak: {
            snaktype: 'value',
            property: 'P31',
            datavalue: { value: { 'entity-type': 'item', 'numeric-id': 5, id: 'Q5' }, type: 'wikibase-entityid' },
            datatype: 'wikibase-item',
          },
          type: 'statement',
          id: `${id}$bench`,
          rank: 'normal',
        },
      ],
    },
    sitelinks: {},
  });
}

function* dumpChunks(): Generator<string> {
  yield '[\n';
  for (let i = 0; i < n; i++) yield `${entityLine(i)}${i < n - 1 ? ',' : ''}\n`;
  yield ']\n';
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'quotegraph-wikidata-bench-'));
const plain = path.join(dir, 'latest-all.json');
const gz = `${plain}.gz`;
await pipeline(Readable.from(dumpChunks()), createWriteStream(plain));
await pipeline(Readable.from(dumpChunks()), createGzip(), createWriteStream(gz));
// bzip2 as the dump is published (latest-all.json.bz2), when the bzip2 command is here to make it
const files: { file: string; bzip2: Bzip2Decoder }[] = [
  { file: plain, bzip2: 'auto' },
  { file: gz, bzip2: 'auto' },
];
if (spawnSync('bzip2', ['-k', '-f', plain]).status === 0) {
  files.push({ file: `${plain}.bz2`, bzip2: 'command' }, { file: `${plain}.bz2`, bzip2: 'library' });
} else console.error('no bzip2 command: the .bz2 case is left out');

// every 200th generated name is in the graph, so the matcher does real work on a few hits
const graph: GraphEntity[] = Array.from({ length: 1000 }, (_, k) => ({
  id: `person:bench-${k}`,
  kind: 'PERSON',
  name: `Person ${(k * 200).toString(36)}`,
  aliases: [],
}));
const index = indexGraphEntities(graph);

const results = [];
for (const { file, bzip2 } of files) {
  const collector = new CandidateCollector();
  const started = performance.now();
  let read = 0;
  let statements = 0;
  for await (const { entity } of readEntities(file, { bzip2 })) {
    read++;
    const found = candidatesOf(entity, index);
    collector.add(found);
    // what the pass does besides matching: the statements of a match, and every item checked as a position
    if (found.length) statements += statementsOf(entity).statements.length;
    positionOf(entity);
  }
  const seconds = (performance.now() - started) / 1000;
  const { links } = collector.decide();
  results.push({
    file: path.basename(file),
    decoder: file.endsWith('.bz2') ? bzip2 : undefined,
    megabytes: Math.round((await stat(file)).size / 1e5) / 10,
    entities: read,
    links: links.length,
    statements,
    seconds: Math.round(seconds * 100) / 100,
    entitiesPerSecond: Math.round(read / seconds),
  });
}
await rm(dir, { recursive: true, force: true });
const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
const loadAverage = os.loadavg().map((l) => Math.round(l * 10) / 10);
console.log(
  JSON.stringify({ node: process.version, cpus: os.cpus().length, loadAverage, peakRssMb, results }, null, 2),
);
