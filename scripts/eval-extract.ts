// Scores the extractor against hand-written gold files, one section per set: ../shared/corpus/dev/gold
// (the dev set the rules were developed on), data/sample/gold (our own samples) and data/heldout/gold
// (invented articles annotated before the extractor ever saw them: the generalization measure) and
// data/heldout/blind/gold (a second batch written after the rules were tuned on heldout) and
// data/heldout/blind2/gold (a third, written after the rules were tuned on blind) and
// data/heldout/blind3/gold (a fourth, written after the rules were tuned on blind2: the unseen one).
// Prints a table, or JSON with --json.
//
//   npx tsx scripts/eval-extract.ts [--json] [--verbose] [--set dev|sample|heldout|blind|blind2|blind3] [--repeat N]
//
// The ms column is one cold run per file (the first file pays for loading the alias table and the
// sentence splitter). --repeat N extracts every file N more times afterwards and prints the warm rate
// on one core, the number to hold against the 100 documents/s budget.
//
// Quote spans match by offsets (one character of slack for punctuation; a gold quote marked
// `truncated` matches from its start). Speaker accuracy is measured on matched quotes. A gold date
// matches our date that overlaps its surface text; when the document has no publication date, the
// contract says the year stays unknown, so XXXX-02-15 counts as right for a gold 2026-02-15
// ("contract" column) while the "strict" column does not count it.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractDocument, metaFromFrontMatter, splitFrontMatter, type ExtractedDocument } from '../src/extract/index.ts';
import { unifyTypography } from '../src/extract/text/normalize.ts';

interface GoldQuote {
  text: string;
  speaker: string | null;
  offsets: number[];
  truncated?: boolean;
}
interface GoldDate {
  surface: string;
  resolved: string | null;
  partial?: string;
}
interface Gold {
  quotes: GoldQuote[];
  notQuotes?: { text: string }[];
  entities?: Record<string, string[]>;
  aliases?: Record<string, string[]>;
  dates?: GoldDate[];
  reports?: { outlet: string; surface: string }[];
}

interface Counts {
  quotesGold: number;
  quotesOurs: number;
  quotesMatched: number;
  speakerRight: number;
  datesGold: number;
  datesRightStrict: number;
  datesRightContract: number;
  reportsGold: number;
  reportsFound: number;
  entitiesGold: number;
  entitiesFound: number;
  notQuotesTaken: number;
  ms: number;
}

interface FileResult extends Counts {
  set: SetName;
  file: string;
  misses: string[];
}

const root = fileURLToPath(new URL('..', import.meta.url));
const devDir = join(root, '..', 'shared', 'corpus', 'dev');
const sampleDir = join(root, 'data', 'sample');
const heldoutDir = join(root, 'data', 'heldout');
const argv = process.argv.slice(2);
const args = new Set(argv);
const onlySet = argv.includes('--set') ? argv[argv.indexOf('--set') + 1] : undefined;

const SETS = ['dev', 'dev-broad', 'sample', 'heldout', 'blind', 'blind2', 'blind3'] as const;
type SetName = (typeof SETS)[number];

const norm = (s: string | null | undefined): string =>
  unifyTypography(s ?? '')
    .toLowerCase()
    .replace(/^(the|die|der|das)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

function inputs(): { set: SetName; file: string; goldFile: string }[] {
  const found: { set: SetName; file: string; goldFile: string }[] = [];
  const dirs: Record<SetName, string> = { dev: devDir, 'dev-broad': join(devDir, '..', 'dev-broad'), sample: sampleDir, heldout: heldoutDir, blind: join(heldoutDir, 'blind'), blind2: join(heldoutDir, 'blind2'), blind3: join(heldoutDir, 'blind3') };
  for (const set of SETS) {
    if (onlySet && onlySet !== set) continue;
    const dir = dirs[set];
    if (!existsSync(dir)) {
      console.error(`NOTICE: ${dir} not found; the ${set} set is skipped.`);
      continue;
    }
    for (const name of readdirSync(dir).filter((n) => /\.(txt|md)$/.test(n) && n !== 'README.md').sort()) {
      const goldFile = join(dir, 'gold', name.replace(/\.(txt|md)$/, '.json'));
      if (existsSync(goldFile)) found.push({ set, file: join(dir, name), goldFile });
    }
  }
  return found;
}

function scoreQuotes(doc: ExtractedDocument, gold: Gold, misses: string[]): Pick<Counts, 'quotesGold' | 'quotesOurs' | 'quotesMatched' | 'speakerRight' | 'notQuotesTaken'> {
  let matched = 0;
  let speakerRight = 0;
  const used = new Set<number>();
  for (const g of gold.quotes) {
    const start = g.offsets[0] ?? doc.body.indexOf(g.text);
    const end = start + g.text.length;
    const index = doc.quotes.findIndex(
      (q, i) => !used.has(i) && Math.abs(q.start - start) <= 1 && (Math.abs(q.end - end) <= 1 || (g.truncated === true && q.end >= end - 1)),
    );
    if (index < 0) {
      misses.push(`quote missed: ${g.text.slice(0, 60)}`);
      continue;
    }
    used.add(index);
    matched++;
    const ours = doc.quotes[index]!;
    if (norm(ours.speaker?.name) === norm(g.speaker)) speakerRight++;
    else misses.push(`speaker: "${g.text.slice(0, 40)}" gold=${g.speaker} ours=${ours.speaker?.name ?? 'null'}`);
  }
  doc.quotes.forEach((q, i) => {
    if (!used.has(i)) misses.push(`extra quote: ${q.text.slice(0, 60)}`);
  });
  const notQuotesTaken = (gold.notQuotes ?? []).filter((n) => doc.quotes.some((q) => q.text === n.text)).length;
  return { quotesGold: gold.quotes.length, quotesOurs: doc.quotes.length, quotesMatched: matched, speakerRight, notQuotesTaken };
}

function scoreDates(doc: ExtractedDocument, gold: Gold, misses: string[]): Pick<Counts, 'datesGold' | 'datesRightStrict' | 'datesRightContract'> {
  let strict = 0;
  let contract = 0;
  const dates = gold.dates ?? [];
  for (const g of dates) {
    let at = doc.body.indexOf(g.surface);
    if (at < 0) at = doc.body.toLowerCase().indexOf(g.surface.toLowerCase());
    const ours = at < 0 ? undefined : doc.dates.find((d) => d.start < at + g.surface.length && d.end > at);
    const expected = g.partial ? `XXXX-${g.partial.replace(/^--/, '')}` : g.resolved;
    let okStrict = false;
    let okContract = false;
    if (ours && expected) {
      okStrict =
        ours.edtf === expected ||
        (ours.earliest !== null && ours.latest !== null && ours.earliest.startsWith(expected) && ours.latest.startsWith(expected));
      okContract = okStrict || (doc.publishedAt === null && ours.precision === 'unknown-year' && ours.edtf.slice(4) === expected.slice(4));
    }
    if (okStrict) strict++;
    if (okContract) contract++;
    else misses.push(`date: "${g.surface}" gold=${expected} ours=${ours?.edtf ?? 'none'}`);
  }
  return { datesGold: dates.length, datesRightStrict: strict, datesRightContract: contract };
}

function entityNames(doc: ExtractedDocument, id: string): string[] {
  const e = doc.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(norm) : [];
}

function scoreReports(doc: ExtractedDocument, gold: Gold, misses: string[]): Pick<Counts, 'reportsGold' | 'reportsFound'> {
  let found = 0;
  const reports = gold.reports ?? [];
  for (const g of reports) {
    const at = doc.body.indexOf(g.surface);
    const hit = doc.reports.find((r) => {
      const names = entityNames(doc, r.publisher.entityId).concat(norm(r.publisher.name));
      if (!names.includes(norm(g.outlet))) return false;
      return at < 0 || (r.evidence.start < at + g.surface.length && r.evidence.end > at);
    });
    if (hit) found++;
    else misses.push(`report missed: ${g.outlet} "${g.surface}"`);
  }
  return { reportsGold: reports.length, reportsFound: found };
}

function scoreEntities(doc: ExtractedDocument, gold: Gold, misses: string[]): Pick<Counts, 'entitiesGold' | 'entitiesFound'> {
  const names = Object.values(gold.entities ?? {}).flat();
  const ours = new Set(doc.entities.flatMap((e) => entityNames(doc, e.id)));
  let found = 0;
  for (const name of names) {
    const forms = [name, ...(gold.aliases?.[name] ?? [])].map(norm);
    if (forms.some((f) => ours.has(f))) found++;
    else misses.push(`entity missed: ${name}`);
  }
  return { entitiesGold: names.length, entitiesFound: found };
}

function evaluate(set: SetName, file: string, goldFile: string): FileResult {
  const { body, frontMatter } = splitFrontMatter(readFileSync(file, 'utf8'));
  const gold = JSON.parse(readFileSync(goldFile, 'utf8')) as Gold;
  const meta = metaFromFrontMatter(file, frontMatter);
  const t0 = performance.now();
  const doc = extractDocument(body, meta);
  const ms = performance.now() - t0;
  const misses: string[] = [];
  return {
    set,
    file: basename(file),
    ...scoreQuotes(doc, gold, misses),
    ...scoreDates(doc, gold, misses),
    ...scoreReports(doc, gold, misses),
    ...scoreEntities(doc, gold, misses),
    ms,
    misses,
  };
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);
const fmt = (v: number | null): string => (v === null ? '  -  ' : v.toFixed(2).padStart(5));

function metrics(c: Counts) {
  const precision = ratio(c.quotesMatched, c.quotesOurs);
  const recall = ratio(c.quotesMatched, c.quotesGold);
  const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
  return {
    quotePrecision: precision,
    quoteRecall: recall,
    quoteF1: f1,
    speakerAccuracy: ratio(c.speakerRight, c.quotesMatched),
    dateAccuracy: ratio(c.datesRightContract, c.datesGold),
    dateAccuracyStrict: ratio(c.datesRightStrict, c.datesGold),
    reportRecall: ratio(c.reportsFound, c.reportsGold),
    entityRecall: ratio(c.entitiesFound, c.entitiesGold),
  };
}

function sum(results: FileResult[]): Counts {
  const total: Counts = {
    quotesGold: 0, quotesOurs: 0, quotesMatched: 0, speakerRight: 0, datesGold: 0, datesRightStrict: 0,
    datesRightContract: 0, reportsGold: 0, reportsFound: 0, entitiesGold: 0, entitiesFound: 0, notQuotesTaken: 0, ms: 0,
  };
  for (const r of results) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += r[key];
  return total;
}

const files = inputs();
if (files.length === 0) {
  console.error('NOTICE: no gold files found (../shared/corpus/dev/gold, data/sample/gold, data/heldout/gold); nothing to score.');
  process.exit(0);
}
const results = files.map((f) => evaluate(f.set, f.file, f.goldFile));
const bySet = SETS.map((set) => ({ set, results: results.filter((r) => r.set === set) })).filter((s) => s.results.length > 0);
const total = sum(results);

if (args.has('--json')) {
  console.log(
    JSON.stringify(
      {
        files: results.map((r) => ({ ...r, ...metrics(r) })),
        sets: Object.fromEntries(bySet.map((s) => [s.set, { ...sum(s.results), ...metrics(sum(s.results)) }])),
        overall: { ...total, ...metrics(total) },
      },
      null,
      2,
    ),
  );
} else {
  const header = ['file'.padEnd(50), 'Q-P  ', 'Q-R  ', 'Q-F1 ', 'spk  ', 'date ', 'dateS', 'rep-R', 'ent-R', 'ms'];
  const row = (name: string, c: Counts): string => {
    const m = metrics(c);
    return [name.slice(0, 50).padEnd(50), fmt(m.quotePrecision), fmt(m.quoteRecall), fmt(m.quoteF1), fmt(m.speakerAccuracy), fmt(m.dateAccuracy), fmt(m.dateAccuracyStrict), fmt(m.reportRecall), fmt(m.entityRecall), c.ms.toFixed(1).padStart(6)].join(' ');
  };
  for (const { set, results: rs } of bySet) {
    console.log(`\n== ${set} ==`);
    console.log(header.join(' '));
    for (const r of rs) console.log(row(r.file, r));
    const t = sum(rs);
    console.log(row(`OVERALL ${set}`, t));
    console.log(`${set}: quotes ${t.quotesMatched}/${t.quotesGold} gold matched, ${t.quotesOurs} extracted; speakers ${t.speakerRight}/${t.quotesMatched}; dates ${t.datesRightContract}/${t.datesGold} (strict ${t.datesRightStrict}); reports ${t.reportsFound}/${t.reportsGold}; entities ${t.entitiesFound}/${t.entitiesGold}; notQuotes taken ${t.notQuotesTaken}`);
    if (args.has('--verbose')) for (const r of rs) for (const miss of r.misses) console.log(`  ${r.file}: ${miss}`);
  }
  console.log('\n== summary ==');
  console.log(header.join(' '));
  for (const { set, results: rs } of bySet) console.log(row(set, sum(rs)));
  console.log(row('ALL', total));
  // The first document pays for loading the alias table and the sentence splitter; the rest is the steady rate.
  const steady = results.slice(1);
  const steadyMs = steady.reduce((a, r) => a + r.ms, 0);
  const repeat = argv.includes('--repeat') ? Number(argv[argv.indexOf('--repeat') + 1] ?? 0) : 0;
  if (repeat > 0) {
    const docs = files.map((f) => {
      const { body, frontMatter } = splitFrontMatter(readFileSync(f.file, 'utf8'));
      return { body, meta: metaFromFrontMatter(f.file, frontMatter) };
    });
    const t0 = performance.now();
    for (let i = 0; i < repeat; i++) for (const d of docs) extractDocument(d.body, d.meta);
    const ms = performance.now() - t0;
    console.log(`\nwarm: ${repeat} x ${docs.length} documents in ${ms.toFixed(0)} ms = ${(ms / (repeat * docs.length)).toFixed(2)} ms/document = ${((1000 * repeat * docs.length) / ms).toFixed(0)} documents/s`);
  }
  console.log(`\n${results.length} documents in ${total.ms.toFixed(0)} ms (first ${results[0]!.ms.toFixed(0)} ms incl. warm-up); steady ${steady.length > 0 ? (steadyMs / steady.length).toFixed(1) : '-'} ms/document = ${steady.length > 0 && steadyMs > 0 ? ((1000 * steady.length) / steadyMs).toFixed(0) : '-'} documents/s`);
}
