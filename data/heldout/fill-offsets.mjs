// Fills `offsets` of every gold quote in data/heldout/gold from its `text`: indexOf on the body (the
// text after the closing --- line). A text that occurs more than once needs `occurrence` (1-based).
//   node data/heldout/fill-offsets.mjs [DIR]   (DIR defaults to data/heldout; data/heldout/blind/ for the blind batch)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? new URL('.', import.meta.url).pathname;
const bodyOf = (raw) => {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(raw.replace(/^\uFEFF/, ''));
  return m ? raw.replace(/^\uFEFF/, '').slice(m[0].length) : raw;
};
let failed = false;
for (const name of readdirSync(join(dir, 'gold')).filter((n) => n.endsWith('.json'))) {
  const goldFile = join(dir, 'gold', name);
  const gold = JSON.parse(readFileSync(goldFile, 'utf8'));
  const body = bodyOf(readFileSync(join(dir, gold.article), 'utf8'));
  for (const q of gold.quotes) {
    const hits = [];
    for (let at = body.indexOf(q.text); at >= 0; at = body.indexOf(q.text, at + 1)) hits.push(at);
    const at = hits[(q.occurrence ?? 1) - 1];
    if (at === undefined || (hits.length > 1 && !q.occurrence)) {
      console.error(`${name}: "${q.text}" found ${hits.length} times`);
      failed = true;
      continue;
    }
    q.offsets = [at];
  }
  for (const d of gold.dates ?? []) if (!body.includes(d.surface)) { console.error(`${name}: date "${d.surface}" not in body`); failed = true; }
  for (const r of gold.reports ?? []) if (!body.includes(r.surface)) { console.error(`${name}: report "${r.surface}" not in body`); failed = true; }
  for (const n of gold.notQuotes ?? []) if (!body.includes(n.text)) { console.error(`${name}: notQuote "${n.text}" not in body`); failed = true; }
  writeFileSync(goldFile, JSON.stringify(gold, null, 2) + '\n');
}
process.exit(failed ? 1 : 0);
