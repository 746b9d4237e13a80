// Scores one extracted document against its gold annotation. scripts/eval-extract.ts and the gold
// tests use this module only, so a number printed by the eval and a number a test holds mean the
// same thing.
//
// The rules:
// - Quotes match by span: our quote starts within one character of the gold offset and ends within
//   one character of its end (punctuation slack); a gold quote marked `truncated` (the excerpt cuts
//   it off) matches any quote from its start. Each of our quotes matches at most one gold quote.
//   Precision is matched / extracted, recall matched / gold.
// - Speakers are judged on matched quotes only. Named gold speaker: right when our speaker's name,
//   normalized (typography unified, lower case, a leading article dropped, spaces collapsed), equals
//   the gold name or one of the gold's surface forms for it (`aliases[speaker]`). Canonical naming
//   (Wikidata-style "Kickl" -> "Herbert Kickl") is a separate question: a surface form the gold lists
//   counts. Unnamed gold speaker (null, with speakerDescription): right when we name no one.
// - Dates: a gold date is located at its `offset` when given, else at the first occurrence of its
//   surface (case-insensitive as a fallback), and compared with our date overlapping it.
//   strict: our EDTF equals the gold value, or our bounds both fall inside it; a gold `partial`
//   (--01-20, year unknowable) expects XXXX-01-20.
//   contract: strict, or, in an article without a publication date, our unknown-year date has the
//   gold month and day (the extraction contract keeps a year the text does not give unknown).
//   unresolvable: a gold date with `resolved: null` and no `partial` (the text gives no calendar
//   value) is right when we give none there: no date, one without bounds, or one whose every year
//   is written in the surface itself ("in the 1940s" as 194X: the gold format cannot say a decade).
//   These count in both columns and are also reported on their own; a miss among them is an
//   invented date.
// - Reports: found when one of our reports names the gold outlet (our entity's name, aliases or
//   mentions against the gold outlet and its aliases) and its evidence overlaps the gold surface.
// - Entities: recall only; a gold entity is found when any of our entities' names, aliases or
//   mention texts equals its canonical name or one of its aliases.
// - notQuotes: quoted strings that are not speech; each one we extract as a quote is counted.

import type { EntityRef, ExtractedDate, ExtractedEntity, ExtractedQuote, Span } from '../extract/types.ts';
import { unifyTypography } from '../extract/text/normalize.ts';
import type { Gold, GoldDate, GoldQuote } from './gold-schema.ts';

/** The parts of an ExtractedDocument the scorer reads (an ExtractedDocument is one). */
export interface Extraction {
  body: string;
  publishedAt: string | null;
  quotes: readonly (Pick<ExtractedQuote, 'start' | 'end' | 'text'> & { speaker: Pick<EntityRef, 'name'> | null })[];
  dates: readonly Pick<ExtractedDate, 'start' | 'end' | 'edtf' | 'earliest' | 'latest' | 'precision'>[];
  reports: readonly { publisher: EntityRef; evidence: Span }[];
  entities: readonly (Pick<ExtractedEntity, 'id' | 'name' | 'aliases'> & { mentions: readonly { text: string }[] })[];
}

export interface Counts {
  quotesGold: number;
  quotesOurs: number;
  quotesMatched: number;
  /** of quotesMatched */
  speakerRight: number;
  datesGold: number;
  datesRightStrict: number;
  datesRightContract: number;
  /** gold dates with no calendar value (resolved null, no partial); included in datesGold */
  datesUnresolvable: number;
  /** of datesUnresolvable: we gave no calendar value either */
  datesUnresolvableRight: number;
  reportsGold: number;
  reportsFound: number;
  entitiesGold: number;
  entitiesFound: number;
  notQuotesTaken: number;
}

export type MissKind =
  | 'quote-missed'
  | 'quote-extra'
  | 'speaker'
  | 'date'
  | 'date-invented'
  | 'report-missed'
  | 'entity-missed'
  | 'not-quote-taken';

export interface Miss {
  kind: MissKind;
  detail: string;
}

export interface DocumentScore extends Counts {
  misses: Miss[];
}

export interface Metrics {
  quotePrecision: number | null;
  quoteRecall: number | null;
  quoteF1: number | null;
  speakerAccuracy: number | null;
  dateAccuracy: number | null;
  dateAccuracyStrict: number | null;
  unresolvableDateAccuracy: number | null;
  reportRecall: number | null;
  entityRecall: number | null;
}

/** The form names are compared in: "Die Grünen" and "grünen" are one name. */
export function normalizeName(s: string | null | undefined): string {
  return unifyTypography(s ?? '')
    .toLowerCase()
    .replace(/^(the|die|der|das)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A canonical name and the surface forms the gold gives for it, normalized. */
function goldForms(gold: Gold, name: string): Set<string> {
  const key = normalizeName(name);
  const forms = new Set([key]);
  for (const [canonical, aliases] of Object.entries(gold.aliases)) {
    if (normalizeName(canonical) === key) for (const a of aliases) forms.add(normalizeName(a));
  }
  return forms;
}

export function scoreDocument(doc: Extraction, gold: Gold): DocumentScore {
  const misses: Miss[] = [];
  return {
    ...scoreQuotes(doc, gold, misses),
    ...scoreDates(doc, gold, misses),
    ...scoreReports(doc, gold, misses),
    ...scoreEntities(doc, gold, misses),
    misses,
  };
}

export function speakerIsRight(gold: Gold, quote: GoldQuote, ours: string | null | undefined): boolean {
  if (quote.speaker === null) return ours === null || ours === undefined;
  return ours !== null && ours !== undefined && goldForms(gold, quote.speaker).has(normalizeName(ours));
}

function scoreQuotes(doc: Extraction, gold: Gold, misses: Miss[]) {
  let matched = 0;
  let speakerRight = 0;
  const used = new Set<number>();
  for (const g of gold.quotes) {
    const start = g.offsets[0]!;
    const end = start + g.text.length;
    const index = doc.quotes.findIndex(
      (q, i) =>
        !used.has(i) &&
        Math.abs(q.start - start) <= 1 &&
        (Math.abs(q.end - end) <= 1 || (g.truncated === true && q.end >= end - 1)),
    );
    if (index < 0) {
      misses.push({ kind: 'quote-missed', detail: g.text.slice(0, 60) });
      continue;
    }
    used.add(index);
    matched++;
    const ours = doc.quotes[index]!;
    if (speakerIsRight(gold, g, ours.speaker?.name)) speakerRight++;
    else
      misses.push({
        kind: 'speaker',
        detail:
          `"${g.text.slice(0, 40)}" gold=` +
          (g.speaker ?? `(unnamed: ${g.speakerDescription})`) +
          ` ours=${ours.speaker?.name ?? 'null'}`,
      });
  }
  doc.quotes.forEach((q, i) => {
    if (!used.has(i)) misses.push({ kind: 'quote-extra', detail: q.text.slice(0, 60) });
  });
  let notQuotesTaken = 0;
  for (const n of gold.notQuotes) {
    if (doc.quotes.some((q) => q.text === n.text && (n.offset === undefined || Math.abs(q.start - n.offset) <= 1))) {
      notQuotesTaken++;
      misses.push({ kind: 'not-quote-taken', detail: n.text.slice(0, 60) });
    }
  }
  return {
    quotesGold: gold.quotes.length,
    quotesOurs: doc.quotes.length,
    quotesMatched: matched,
    speakerRight,
    notQuotesTaken,
  };
}

/** Where a gold surface stands in the body: its offset when the annotation gives one that fits. */
function locate(body: string, surface: string, offset: number | undefined): number {
  if (offset !== undefined && body.slice(offset, offset + surface.length) === surface) return offset;
  const at = body.indexOf(surface);
  return at >= 0 ? at : body.toLowerCase().indexOf(surface.toLowerCase());
}

/**
 * Whether every year (or decade, 194X) of an EDTF value is written in the surface itself: "in the
 * 1940s" as 194X gives what the text gives, though the gold format has no way to say a decade.
 */
function yearsWrittenIn(edtf: string, surface: string): boolean {
  const years = [...edtf.matchAll(/(\d{4})|(\d{3})X/g)].map((m) => m[1] ?? m[2]!);
  return years.length > 0 && years.every((y) => new RegExp(`(?<!\\d)${y}`).test(surface));
}

/** The EDTF a gold date expects, or null when the text gives no calendar value. */
function expectedEdtf(g: GoldDate): string | null {
  return g.partial ? `XXXX-${g.partial.replace(/^--/, '')}` : g.resolved;
}

function scoreDates(doc: Extraction, gold: Gold, misses: Miss[]) {
  let strict = 0;
  let contract = 0;
  let unresolvable = 0;
  let unresolvableRight = 0;
  for (const g of gold.dates) {
    const at = locate(doc.body, g.surface, g.offset);
    const ours = at < 0 ? undefined : doc.dates.find((d) => d.start < at + g.surface.length && d.end > at);
    const expected = expectedEdtf(g);
    if (expected === null) {
      unresolvable++;
      if (!ours || (ours.earliest === null && ours.latest === null) || yearsWrittenIn(ours.edtf, g.surface)) {
        unresolvableRight++;
        strict++;
        contract++;
      } else {
        misses.push({ kind: 'date-invented', detail: `"${g.surface}" gives no calendar value, ours=${ours.edtf}` });
      }
      continue;
    }
    const okStrict =
      ours !== undefined &&
      (ours.edtf === expected ||
        (ours.earliest !== null &&
          ours.latest !== null &&
          ours.earliest.startsWith(expected) &&
          ours.latest.startsWith(expected)));
    const okContract =
      okStrict ||
      (ours !== undefined &&
        doc.publishedAt === null &&
        ours.precision === 'unknown-year' &&
        ours.edtf.slice(4) === expected.slice(4));
    if (okStrict) strict++;
    if (okContract) contract++;
    else misses.push({ kind: 'date', detail: `"${g.surface}" gold=${expected} ours=${ours?.edtf ?? 'none'}` });
  }
  return {
    datesGold: gold.dates.length,
    datesRightStrict: strict,
    datesRightContract: contract,
    datesUnresolvable: unresolvable,
    datesUnresolvableRight: unresolvableRight,
  };
}

/** Every name our extraction gives an entity: its name, aliases and mention texts, normalized. */
function entityNames(doc: Extraction, id: string): string[] {
  const e = doc.entities.find((x) => x.id === id);
  return e ? [e.name, ...e.aliases, ...e.mentions.map((m) => m.text)].map(normalizeName) : [];
}

function scoreReports(doc: Extraction, gold: Gold, misses: Miss[]) {
  let found = 0;
  for (const g of gold.reports) {
    const at = locate(doc.body, g.surface, g.offset);
    const outlet = goldForms(gold, g.outlet);
    const hit = doc.reports.some((r) => {
      const names = entityNames(doc, r.publisher.entityId).concat(normalizeName(r.publisher.name));
      if (!names.some((n) => outlet.has(n))) return false;
      return at < 0 || (r.evidence.start < at + g.surface.length && r.evidence.end > at);
    });
    if (hit) found++;
    else misses.push({ kind: 'report-missed', detail: `${g.outlet} "${g.surface}"` });
  }
  return { reportsGold: gold.reports.length, reportsFound: found };
}

function scoreEntities(doc: Extraction, gold: Gold, misses: Miss[]) {
  const names = Object.values(gold.entities).flat();
  const ours = new Set(doc.entities.flatMap((e) => entityNames(doc, e.id)));
  let found = 0;
  for (const name of names) {
    if ([...goldForms(gold, name)].some((f) => ours.has(f))) found++;
    else misses.push({ kind: 'entity-missed', detail: name });
  }
  return { entitiesGold: names.length, entitiesFound: found };
}

export function emptyCounts(): Counts {
  return {
    quotesGold: 0,
    quotesOurs: 0,
    quotesMatched: 0,
    speakerRight: 0,
    datesGold: 0,
    datesRightStrict: 0,
    datesRightContract: 0,
    datesUnresolvable: 0,
    datesUnresolvableRight: 0,
    reportsGold: 0,
    reportsFound: 0,
    entitiesGold: 0,
    entitiesFound: 0,
    notQuotesTaken: 0,
  };
}

export function sumCounts(scores: readonly Counts[]): Counts {
  const total = emptyCounts();
  for (const s of scores) for (const key of Object.keys(total) as (keyof Counts)[]) total[key] += s[key];
  return total;
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

export function metrics(c: Counts): Metrics {
  const precision = ratio(c.quotesMatched, c.quotesOurs);
  const recall = ratio(c.quotesMatched, c.quotesGold);
  const f1 =
    precision !== null && recall !== null && precision + recall > 0
      ? (2 * precision * recall) / (precision + recall)
      : null;
  return {
    quotePrecision: precision,
    quoteRecall: recall,
    quoteF1: f1,
    speakerAccuracy: ratio(c.speakerRight, c.quotesMatched),
    dateAccuracy: ratio(c.datesRightContract, c.datesGold),
    dateAccuracyStrict: ratio(c.datesRightStrict, c.datesGold),
    unresolvableDateAccuracy: ratio(c.datesUnresolvableRight, c.datesUnresolvable),
    reportRecall: ratio(c.reportsFound, c.reportsGold),
    entityRecall: ratio(c.entitiesFound, c.entitiesGold),
  };
}

/** One line of counts, the form the eval prints and reports quote. */
export function countsLine(c: Counts): string {
  return (
    `quotes ${c.quotesMatched}/${c.quotesGold} gold matched, ${c.quotesOurs} extracted; speakers ` +
    `${c.speakerRight}/${c.quotesMatched}; ` +
    `dates ${c.datesRightContract}/${c.datesGold} (strict ${c.datesRightStrict}; unresolvable ` +
    `${c.datesUnresolvableRight}/${c.datesUnresolvable}); ` +
    `reports ${c.reportsFound}/${c.reportsGold}; entities ${c.entitiesFound}/${c.entitiesGold}; notQuotes ` +
    `taken ${c.notQuotesTaken}`
  );
}
