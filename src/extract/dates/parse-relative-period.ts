// "earlier this month", "last year", "im vergangenen Jahr", "diesen Monat": a month or year
// counted from the publication date, kept at the precision the phrase has.

import { publishedDay, undatedHit, type DateContext, type DateHit } from './date-hit.ts';
import { addDays, addMonths, weekday } from './calendar.ts';
import { daySpan, monthSpan, rangeSpan, yearSpan } from './time-span.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { anyPhraseOf } from '../lang/word-alternation.ts';

// Periods are read in any text, whatever its language, so the words are every pack's (calendar.json).
const periods = everyLanguagePack().map((p) => p.calendar.relativePeriods);
type Direction = 'back' | 'forward' | 'current';
type Deictics = Record<Direction, string[]>;
const deicticWords = (all: Deictics[]): string[] => all.flatMap((d) => [...d.back, ...d.forward, ...d.current]);
const HEDGE =
  '(?:(?:' +
  anyPhraseOf(periods.flatMap((p) => p.hedges.flatMap((h) => [h, h[0]!.toUpperCase() + h.slice(1)]))) +
  ')\\s+)?';
const monthsAndYears = periods.map((p) => p.monthsAndYears);
const weeks = periods.map((p) => p.weeks);
const turns = periods.map((p) => p.turnOfYear);

const PERIOD = new RegExp(
  `(?<![\\p{L}])${HEDGE}(?:(` +
    anyPhraseOf(deicticWords(monthsAndYears.map((m) => m.deictics))) +
    ')\\s+(' +
    anyPhraseOf(monthsAndYears.flatMap((m) => [...m.units.month, ...m.units.year])) +
    ')|(' +
    anyPhraseOf(monthsAndYears.flatMap((m) => m.contractions)) +
    ')\\s+(' +
    anyPhraseOf(deicticWords(monthsAndYears.map((m) => m.contractionDeictics))) +
    ')\\s+(' +
    anyPhraseOf(monthsAndYears.flatMap((m) => [...m.contractionUnits.month, ...m.contractionUnits.year])) +
    '))(?![\\p{L}])',
  'gu',
);

// "by the end of the year", "bis Ende des Jahres", "bis zum Jahresende": the publication year (the
// text says no more than the year).
const END_OF_YEAR = new RegExp(
  `(?<![\\p{L}])(?:${anyPhraseOf(periods.flatMap((p) => p.endOfYear))})(?![\\p{L}])`,
  'gu',
);

// "last week", "vergangene Woche", "in der kommenden Woche": a calendar week (Monday to Sunday)
// counted from the publication week. The text names the week, not a day, so it stays a range.
const WEEK = new RegExp(
  `(?<![\\p{L}])${HEDGE}(?:(` +
    anyPhraseOf(deicticWords(weeks.map((w) => w.deictics))) +
    `)\\s+(?:${anyPhraseOf(weeks.flatMap((w) => w.units))})|` +
    `(?:${anyPhraseOf(weeks.flatMap((w) => w.articles))})\\s+(` +
    anyPhraseOf(deicticWords(weeks.map((w) => w.articleDeictics))) +
    ')\\s+(?:' +
    anyPhraseOf(weeks.flatMap((w) => w.articleUnits)) +
    `)|(${anyPhraseOf(weeks.flatMap((w) => w.current))}))(?![\\p{L}])`,
  'gu',
);

// "zum Jahreswechsel", "at the turn of the year": the 1 January nearest the publication date (the
// boundary day the text names); "Jahreswechsel 2025/26" names its own. The phrases have no look-behind,
// as they never had: "that the turn of the year" is read from its "at".
const TURN_OF_YEAR = new RegExp(
  '(?<![\\p{L}])(?:(?:' +
    anyPhraseOf(turns.flatMap((t) => t.prepositions)) +
    `)\\s+(?:(?:${anyPhraseOf(turns.flatMap((t) => t.articles))})\\s+)?)?` +
    `(?:${anyPhraseOf(turns.flatMap((t) => t.nouns))})(?:\\s+((?:19|20)\\d{2})\\/((?:19|` +
    `20)?\\d{2}))?(?![\\p{L}\\d])|(?:${anyPhraseOf(turns.flatMap((t) => t.phrases))})(?![\\p{L}])`,
  'gu',
);

/** lower case, whitespace as one space: the first pack that lists a word gives its meaning */
const normal = (word: string): string => word.toLowerCase().replace(/\s+/g, ' ');
function firstWins<T>(entries: [string, T][]): Map<string, T> {
  return new Map(entries.map(([w, v]) => [normal(w), v] as [string, T]).reverse());
}
const directionsOf = (all: Deictics[]): [string, Direction][] =>
  all.flatMap((d) =>
    (['back', 'forward', 'current'] as const).flatMap((dir) => d[dir].map((w) => [w, dir] as [string, Direction])),
  );
const SHIFT: Record<Direction, number> = { back: -1, forward: 1, current: 0 };
const PERIOD_SHIFT = firstWins(directionsOf(monthsAndYears.flatMap((m) => [m.deictics, m.contractionDeictics])));
const WEEK_SHIFT = firstWins(directionsOf(weeks.flatMap((w) => [w.deictics, w.articleDeictics])));
const shiftOf = (shifts: Map<string, Direction>, word: string): number => SHIFT[shifts.get(normal(word)) ?? 'current'];
const IS_YEAR = firstWins(
  monthsAndYears.flatMap((m) =>
    [...m.units.year, ...m.contractionUnits.year].map((u) => [u, true] as [string, boolean]),
  ),
);

function findTurnsOfYear(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(TURN_OF_YEAR)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    let year: number | null = null;
    if (m[2]) year = m[2].length === 2 ? Number(m[1]) - (Number(m[1]) % 100) + Number(m[2]) : Number(m[2]);
    else if (ctx.published) year = ctx.published.month >= 7 ? ctx.published.year + 1 : ctx.published.year;
    if (year === null) {
      hits.push(undatedHit(start, end, text));
      continue;
    }
    hits.push({ start, end, text, span: daySpan({ year, month: 1, day: 1 }) });
  }
  return hits;
}

function findWeeks(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(WEEK)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const published = publishedDay(ctx);
    if (!published) {
      hits.push(undatedHit(start, end, text));
      continue;
    }
    const shift = shiftOf(WEEK_SHIFT, m[1] ?? m[2] ?? m[3] ?? '');
    const monday = addDays(published, -((weekday(published) + 6) % 7) + 7 * shift);
    hits.push({ start, end, text, span: rangeSpan(monday, addDays(monday, 6)) });
  }
  return hits;
}

export function findRelativePeriods(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [...findWeeks(ctx), ...findTurnsOfYear(ctx)];
  for (const m of ctx.body.matchAll(END_OF_YEAR)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    if (ctx.published) hits.push({ start, end, text: m[0], span: yearSpan(ctx.published.year) });
  }
  for (const m of ctx.body.matchAll(PERIOD)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    if (!ctx.published) {
      hits.push(undatedHit(start, end, text));
      continue;
    }
    const shift = shiftOf(PERIOD_SHIFT, m[1] ?? m[4] ?? '');
    const { year, month } = ctx.published;
    if (IS_YEAR.get(normal(m[2] ?? m[5] ?? ''))) {
      hits.push({ start, end, text, span: yearSpan(year + shift) });
    } else {
      const to = addMonths(year, month, shift);
      hits.push({ start, end, text, span: monthSpan(to.year, to.month) });
    }
  }
  return hits;
}
