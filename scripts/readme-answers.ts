// Prints the answers the README's "Asking questions" excerpts are taken from: starts a throw-away
// Neo4j (bench/lib/server.ts: free port, temporary data directory), loads data/sample into the empty
// graph and links it to the sample's Wikidata excerpt as `npm start` does, serves the API in-process
// and runs every docs/queries/*.graphql. With --seed it then adds the seed article
// (../shared/corpus/nato-rubio-umverteilung.de.txt, published 2026-02-17, as the tests load it) and
// runs them again, so an excerpt can be chosen that holds with and without it.
//
//   npx tsx scripts/readme-answers.ts [--seed] [--out DIR]
//
// --out DIR writes DIR/sample/0N-….json (and DIR/seed/… with --seed) instead of printing.

import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { startBenchServer } from '../bench/lib/server.ts';
import { loadConfig, projectRoot } from '../src/config/config.ts';
import { ingestFiles } from '../src/ingest/ingest-documents.ts';
import { loadSampleIfEmpty } from '../src/ingest/load-sample.ts';
import { startApi } from '../src/server/start-api.ts';
import { version } from '../src/version.ts';
import { linkSampleWikidata } from '../src/wikidata/link-sample.ts';

const args = process.argv.slice(2);
const withSeed = args.includes('--seed');
const outIndex = args.indexOf('--out');
const out = outIndex >= 0 ? args[outIndex + 1] : undefined;
const root = projectRoot();
const seedPath = path.resolve(root, '..', 'shared', 'corpus', 'nato-rubio-umverteilung.de.txt');
if (withSeed && !existsSync(seedPath)) throw new Error(`--seed: ${seedPath} is missing`);

const say = (line: string) => console.error(line);
const queriesDir = path.join(root, 'docs', 'queries');
const files = (await readdir(queriesDir)).filter((f) => f.endsWith('.graphql')).sort();
const server = await startBenchServer(say);
try {
  const config = loadConfig({ ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn' });
  const loaded = await loadSampleIfEmpty(server.db, config, say);
  if (!loaded) throw new Error('the throw-away graph was not empty');
  await linkSampleWikidata(server.db, root, loaded.documentIds);
  const api = await startApi(config, server.db, server.migrationFiles, version, { connection: server.connection });
  try {
    await answerAll(api.url, 'sample');
    if (withSeed) {
      const seedIds: string[] = [];
      await ingestFiles(server.db, [seedPath], {
        overrides: { publishedAt: '2026-02-17' },
        onDocument: (r) => void seedIds.push(r.documentId),
      });
      await linkSampleWikidata(server.db, root, seedIds);
      await answerAll(api.url, 'seed');
    }
  } finally {
    await api.stop();
  }
} finally {
  await server.stop();
}

async function answerAll(url: string, label: 'sample' | 'seed'): Promise<void> {
  for (const file of files) {
    const query = await readFile(path.join(queriesDir, file), 'utf8');
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query }),
    });
    const text = JSON.stringify(JSON.parse(await res.text()), null, 2);
    if (out) {
      await mkdir(path.join(out, label), { recursive: true });
      await writeFile(path.join(out, label, file.replace(/\.graphql$/, '.json')), `${text}\n`);
    } else console.log(`=== ${label}: ${file} (HTTP ${res.status})\n${text}`);
  }
}
