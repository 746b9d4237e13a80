// Calendar dates with a day ("am 15. Februar", "February 15, 2026", "15.02.2026") via chrono-node's
// strict parsers, which leave out casual words and weekdays: those we resolve ourselves, into the past.

// the two locales we read, not the package's index: that loads all twelve (22 MB of RSS against 10)
import { strict as deStrict } from 'chrono-node/de';
import { strict as enStrict } from 'chrono-node/en';
import { everyLanguagePack } from '../lang/language-pack.ts';
import type { DateContext, DateHit } from './date-hit.ts';
import { MONTH_NAME_PATTERN } from './month-names.ts';
import { daySpan, monthDayWithoutYear } from './time-span.ts';
import { resolveYear, tenseNear } from './resolve-year.ts';
import { anyOf } from '../lang/word-alternation.ts';

// Any fixed instant works as reference: year-less results are re-resolved against the publication date.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

// Dates are read in any text, whatever its language, so the words are every pack's (calendar.json).
const dayDates = everyLanguagePack().map((p) => p.calendar.dayDates);
const NAMES_MONTH = new RegExp(
  `(?:${MONTH_NAME_PATTERN}|` +
    anyOf(dayDates.flatMap((d) => d.monthAbbreviations)) +
    ')(?![\\p{Ll}])|\\d{1,2}[./-]\\d{1,2}',
  'u',
);
/** a clock time chrono appends: "um 10 Uhr", ", at 9 a.m." */
const CLOCK_TIME = new RegExp(
  `\\s*(?:,\\s*)?(?:${anyOf(dayDates.flatMap((d) => d.clockPrepositions))})\\s+\\d.*$`,
  'i',
);
/** a preposition chrono includes: "am", "on" */
const LEADING_PREPOSITION = new RegExp(`^(?:${anyOf(dayDates.flatMap((d) => d.prepositions))})\\s+`, 'i');

export function findDayDates(ctx: DateContext, lang: string): DateHit[] {
  const parsers = lang === 'de' ? [deStrict] : lang === 'en' ? [enStrict] : [enStrict, deStrict];
  const hits: DateHit[] = [];
  for (const parser of parsers) {
    for (const result of parser.parse(ctx.body, REFERENCE)) {
      const start = result.start;
      // chrono's strict mode still reads relative phrases ("one day after"): a calendar date has digits.
      if (!/\d/.test(result.text)) continue;
      // … and still counts from its reference instant ("19 minutes before", "2 days later"): a date
      // names its month, in words or in digits, or it is no date at all.
      if (!NAMES_MONTH.test(result.text)) continue;
      if (!start.isCertain('day') || !start.isCertain('month')) continue;
      const month = start.get('month');
      const day = start.get('day');
      if (month === null || day === null) continue;
      // chrono appends clock times ("um 10 Uhr"); the date is what we keep.
      const text = result.text.replace(CLOCK_TIME, '').replace(LEADING_PREPOSITION, '');
      const offset = result.text.indexOf(text);
      const hitStart = result.index + Math.max(offset, 0);
      let year: number | null = start.isCertain('year') ? start.get('year') : null;
      if (year === null)
        year = resolveYear(ctx.published, month, day, tenseNear(ctx.body, hitStart, hitStart + text.length));
      const span = year === null ? monthDayWithoutYear(month, day) : daySpan({ year, month, day });
      hits.push({ start: hitStart, end: hitStart + text.length, text, span });
    }
  }
  return hits;
}
