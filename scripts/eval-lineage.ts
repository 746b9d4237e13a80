// Scores quote lineage on the hand-written gold (data/lineage/dev-gold.json): extracts the gold's
// documents as ingest would, links every pair of their quotes and claims (src/lineage), and prints
// pairwise precision and recall per link kind, for all documents and for the real ones alone.
//
//   npm run eval:lineage -- [--verbose]

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config/config.ts';
import { readDocuments } from '../src/documents/read-documents.ts';
import { extractDocument } from '../src/extract/index.ts';
import { type LineageScore, readLineageGold, scoreLineage } from '../src/evaluation/lineage-score.ts';
import { linkRenderings, type Rendering, type RenderingLink } from '../src/lineage/link-renderings.ts';

const verbose = process.argv.includes('--verbose');
const gold = readLineageGold(path.join(projectRoot(), 'data', 'lineage', 'dev-gold.json'));
const renderings: (Rendering & { doc: string })[] = [];
for (const [doc, d] of Object.entries(gold.documents)) {
  const file = path.resolve(projectRoot(), d.path);
  if (!existsSync(file)) {
    console.error(`${file} is absent: its renderings are left out`);
    continue;
  }
  const overrides = d.publishedAt ? { publishedAt: d.publishedAt } : {};
  for (const source of readDocuments({ path: file, bytes: readFileSync(file) }, overrides)) {
    const meta = source.meta;
    const x = extractDocument(source.body, meta);
    for (const q of x.quotes)
      renderings.push({
        id: `${doc}@${q.start}`,
        doc,
        text: q.text,
        lang: q.lang || x.lang,
        reported: false,
        speakerId: q.speaker?.entityId ?? null,
        publishedAt: meta.publishedAt,
      });
    for (const c of x.reported)
      renderings.push({
        id: `${doc}@${c.start}`,
        doc,
        text: c.text,
        lang: x.lang,
        reported: true,
        speakerId: c.speaker?.entityId ?? null,
        publishedAt: meta.publishedAt,
      });
  }
}
const links: RenderingLink[] = [];
const started = performance.now();
for (let i = 0; i < renderings.length; i++)
  for (let j = i + 1; j < renderings.length; j++) {
    const l = linkRenderings(renderings[i]!, renderings[j]!);
    if (l) links.push(l);
  }
const ms = performance.now() - started;

const real = new Set(
  Object.entries(gold.documents)
    .filter(([, d]) => d.origin === 'real')
    .map(([k]) => k),
);
const isReal = (key: string) => real.has(key.split('@')[0]!);
const print = (title: string, s: LineageScore) => {
  console.log(`\n${title}`);
  console.log('kind            predicted correct precision | gold found recall same-kind');
  const f = (x: number, n: number) => (n ? (x / n).toFixed(2) : '  - ');
  for (const r of [...s.kinds, s.all])
    console.log(
      `${r.kind.padEnd(15)} ${String(r.predicted).padStart(9)} ${String(r.correct).padStart(7)} ` +
        `${f(r.correct, r.predicted).padStart(9)} | ${String(r.gold).padStart(4)} ${String(r.found).padStart(5)} ` +
        `${f(r.found, r.gold).padStart(6)} ${String(r.sameKind).padStart(9)}`,
    );
  if (verbose) {
    for (const w of s.wrong) console.log(`  wrong  ${w.kind} ${w.a} ${w.b}: ${w.evidence}`);
    for (const m of s.missed) console.log(`  missed ${m[2]} ${m[0]} ${m[1]}`);
  }
  if (s.absent.length) console.log(`  not extracted: ${s.absent.join(', ')}`);
};
console.log(
  `${renderings.length} renderings in ${Object.keys(gold.documents).length} documents, ` +
    `${(renderings.length * (renderings.length - 1)) / 2} pairs compared in ${ms.toFixed(0)} ms`,
);
print(
  'all documents (4 real, 5 invented sample articles)',
  scoreLineage(
    gold,
    renderings.map((r) => r.id),
    links,
  ),
);
const realGold = {
  ...gold,
  clusters: Object.fromEntries(Object.entries(gold.clusters).map(([k, v]) => [k, v.filter(isReal)])),
  links: gold.links.filter(([a, b]) => isReal(a) && isReal(b)),
};
print(
  'real documents only (seed, dev 01, 03, 11)',
  scoreLineage(
    realGold,
    renderings.filter((r) => isReal(r.id)).map((r) => r.id),
    links.filter((l) => isReal(l.a) && isReal(l.b)),
  ),
);
