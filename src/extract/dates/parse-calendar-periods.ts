// Named parts of a year: ISO weeks ("KW 12", "in der 12. Kalenderwoche", "calendar week 12", "week
// 12 of 2024"), quarters ("im dritten Quartal", "Q3 2024", "the fourth quarter of 2023") and seasons
// without a year ("im Sommer", "last winter", "diesen Herbst"). A year written with them wins; else
// the publication date and the tense place them; with neither they get no date (a week or quarter of
// an unknown year has no EDTF form, and "XXXX-22" would say little).

import { addDays, formatYmd, weekday, type Ymd } from './calendar.ts';
import { undatedHit, type DateContext, type DateHit } from './date-hit.ts';
import { everyLanguagePack } from '../lang/language-pack.ts';
import { resolveYear, tenseNear } from './resolve-year.ts';
import { rangeSpan, seasonNamed, seasonSpan } from './time-span.ts';
import { anyPhraseOf } from '../lang/word-alternation.ts';

// Weeks, quarters and seasons are read in any text, whatever its language, so the words are every
// pack's (calendar.json), each once, in pack order.
const calendars = everyLanguagePack().map((p) => p.calendar);
const optional = (words: readonly string[]): string => (words.length ? `(?:(?:${anyPhraseOf(words)})\\s+)?` : '');

const YEAR_AFTER = `(?:\\s*\\/\\s*|\\s+${optional(calendars.flatMap((c) => c.yearLinks))}|,\\s*)((?:19|20)\\d{2})`;
const ISO_WEEK = new RegExp(
  '(?<![\\p{L}\\d])(?:' +
    anyPhraseOf(calendars.flatMap((c) => c.weeks.before)) +
    `)\\s*(\\d{1,2})(?:${YEAR_AFTER})?(?![\\p{L}\\d])|(?<![\\p{L}\\d])(\\d{1,2})\\.\\s*(?:` +
    anyPhraseOf(calendars.flatMap((c) => c.weeks.afterOrdinal)) +
    `)(?:${YEAR_AFTER})?(?![\\p{L}\\d])`,
  'gu',
);
/** "week 12" without a year is no calendar week */
const WEEK_NEEDS_YEAR = new RegExp(`^(?:${anyPhraseOf(calendars.flatMap((c) => c.weeks.needYear))})`, 'u');

const ORDINALS: Record<string, number> = {
  ...Object.fromEntries(
    calendars.flatMap((c) => Object.entries(c.quarters.ordinals)).map(([word, n]) => [word.toLowerCase(), n]),
  ),
  '1.': 1,
  '2.': 2,
  '3.': 3,
  '4.': 4,
};
const QUARTER = new RegExp(
  '(?<![\\p{L}\\d])' +
    optional(calendars.flatMap((c) => c.quarters.articles)) +
    '(' +
    anyPhraseOf(calendars.flatMap((c) => Object.keys(c.quarters.ordinals))) +
    '|[1-4]\\.)[\\s-]+(?:' +
    anyPhraseOf(calendars.flatMap((c) => c.quarters.nouns)) +
    `)(?:${YEAR_AFTER})?(?![\\p{L}\\d])|(?<![\\p{L}\\d])Q([1-4])(?:${YEAR_AFTER}|` +
    `\\s*'(\\d{2}))?(?![\\p{L}\\d])`,
  'gu',
);

const seasons = calendars.map((c) => c.seasons);
const withoutYear = seasons.map((s) => s.withoutYear);
const SEASON_WORD = `(${anyPhraseOf(seasons.flatMap((s) => Object.values(s.names).flat()))})`;
const afterArticle = (prepositions: string[], articles: string[]): string[] =>
  prepositions.length && articles.length
    ? [`(?:${anyPhraseOf(prepositions)})\\s+(?:${anyPhraseOf(articles)})\\s+`]
    : [];
const yearLinks = calendars.flatMap((c) => c.yearLinks);
// A preposition or a deictic word is required: "Sommer" alone is also a surname.
const SEASON = new RegExp(
  `(?<![\\p{L}\\d])(?:${[
    '(?:' +
      anyPhraseOf(withoutYear.flatMap((w) => w.contractions)) +
      ')\\s+(?:(' +
      anyPhraseOf(withoutYear.flatMap((w) => w.contractionDeictics)) +
      ')\\s+)?',
    ...afterArticle(
      withoutYear.flatMap((w) => w.prepositions),
      withoutYear.flatMap((w) => w.articles),
    ),
    `(${anyPhraseOf(withoutYear.flatMap((w) => w.deictics))})\\s+`,
  ].join(
    '|',
  )})${SEASON_WORD}(?!${yearLinks.length ? `\\s+(?:${anyPhraseOf(yearLinks)})\\s|` : ''}\\s+\\d)(?![\\p{L}\\d])`,
  'gu',
);
const startsWithAny =
  (prefixes: string[]) =>
  (word: string): boolean =>
    prefixes.some((p) => word.startsWith(p));
const BACK = startsWithAny(seasons.flatMap((s) => s.direction.back));
const FORWARD = startsWithAny(seasons.flatMap((s) => s.direction.forward));
const CURRENT = startsWithAny(seasons.flatMap((s) => s.direction.current));

function isoWeekMonday(year: number, week: number): Ymd {
  const jan4: Ymd = { year, month: 1, day: 4 };
  return addDays(jan4, -((weekday(jan4) + 6) % 7) + 7 * (week - 1));
}

/** 53 when the year's week 53 has its Thursday in that year, else 52. */
const weeksIn = (year: number): number => (addDays(isoWeekMonday(year, 53), 3).year === year ? 53 : 52);

const undated = (start: number, end: number, text: string): DateHit =>
  undatedHit(start, end, text, `"${text}" without a year or publication date cannot be dated`);

function twoOrFour(text: string | undefined): number | null {
  if (!text) return null;
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

export function findCalendarPeriods(ctx: DateContext): DateHit[] {
  const hits: DateHit[] = [];
  for (const m of ctx.body.matchAll(ISO_WEEK)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const week = Number(m[1] ?? m[3]);
    const written = twoOrFour(m[2] ?? m[4]);
    // "week 12" without "calendar" or a year is as often a week of a season or a pregnancy
    if (WEEK_NEEDS_YEAR.test(text) && written === null) continue;
    if (week < 1 || week > 53) continue;
    let year = written;
    if (year === null && ctx.published) {
      const monday = isoWeekMonday(ctx.published.year, week);
      year = resolveYear(ctx.published, monday.month, monday.day, tenseNear(ctx.body, start, end));
      if (year !== null && monday.year !== ctx.published.year) year = ctx.published.year; // week 1 starting in December
    }
    if (year === null) {
      hits.push(undated(start, end, text));
      continue;
    }
    if (week > weeksIn(year)) continue;
    const monday = isoWeekMonday(year, week);
    hits.push({ start, end, text, span: rangeSpan(monday, addDays(monday, 6)) });
  }
  for (const m of ctx.body.matchAll(QUARTER)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    const quarter = m[1] ? ORDINALS[m[1].toLowerCase()]! : Number(m[3]);
    let year = twoOrFour(m[2] ?? m[4] ?? m[5]);
    if (year === null && ctx.published)
      year = resolveYear(ctx.published, quarter * 3 - 2, null, tenseNear(ctx.body, start, end));
    if (year === null) {
      hits.push(undated(start, end, text));
      continue;
    }
    const first: Ymd = { year, month: quarter * 3 - 2, day: 1 };
    const last: Ymd = addDays(
      { year: quarter === 4 ? year + 1 : year, month: quarter === 4 ? 1 : quarter * 3 + 1, day: 1 },
      -1,
    );
    hits.push({ start, end, text, span: rangeSpan(first, last, true) });
  }
  for (const m of ctx.body.matchAll(SEASON)) {
    const text = m[0];
    const start = m.index ?? 0;
    const end = start + text.length;
    if (!ctx.published) {
      hits.push(undated(start, end, text));
      continue;
    }
    const season = seasonNamed(m[3] ?? '');
    const word = (m[1] ?? m[2] ?? '').toLowerCase();
    const firstMonth = { spring: 3, summer: 6, autumn: 9, winter: 12 }[season];
    const tense = BACK(word)
      ? 'past'
      : FORWARD(word)
        ? 'future'
        : CURRENT(word)
          ? 'not-past'
          : tenseNear(ctx.body, start, end);
    let year = resolveYear(ctx.published, firstMonth, null, tense);
    if (year === null) continue;
    // "last summer" is not the summer we are in, "next summer" not this one
    const span0 = seasonSpan(year, season);
    if (span0 && BACK(word) && span0.latest! >= formatYmd(ctx.published)) year -= 1;
    if (span0 && FORWARD(word) && span0.earliest! <= formatYmd(ctx.published)) year += 1;
    // winter runs into the next year: in January, "this winter" began the December before
    if (season === 'winter' && tense === 'not-past' && ctx.published.month <= 2) year = ctx.published.year - 1;
    const span = seasonSpan(year, season);
    if (span) hits.push({ start, end, text, span });
  }
  return hits;
}
