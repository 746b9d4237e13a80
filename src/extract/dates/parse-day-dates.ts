// Calendar dates with a day ("am 15. Februar", "February 15, 2026", "15.02.2026") via chrono-node's
// strict parsers, which leave out casual words and weekdays: those we resolve ourselves, into the past.

// the two locales we read, not the package's index: that loads all twelve (22 MB of RSS against 10)
import { strict as deStrict } from 'chrono-node/de';
import { strict as enStrict } from 'chrono-node/en';
import type { DateContext, DateHit } from './date-hit.ts';
import { MONTH_NAME_PATTERN } from './month-names.ts';
import { daySpan, monthDayWithoutYear } from './time-span.ts';
import { resolveYear, tenseNear } from './resolve-year.ts';

// Any fixed instant works as reference: year-less results are re-resolved against the publication date.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

const NAMES_MONTH = new RegExp(`(?:${MONTH_NAME_PATTERN}|Jan|Feb|Mar|Mrz|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Okt|Nov|Dec|Dez)(?![\\p{Ll}])|\\d{1,2}[./-]\\d{1,2}`, 'u');

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
      const text = result.text.replace(/\s*(?:,\s*)?(?:um|at|gegen)\s+\d.*$/i, '').replace(/^(?:am|on|vom|ab|bis|seit)\s+/i, '');
      const offset = result.text.indexOf(text);
      const hitStart = result.index + Math.max(offset, 0);
      let year: number | null = start.isCertain('year') ? start.get('year') : null;
      if (year === null) year = resolveYear(ctx.published, month, day, tenseNear(ctx.body, hitStart, hitStart + text.length));
      const span = year === null ? monthDayWithoutYear(month, day) : daySpan({ year, month, day });
      hits.push({ start: hitStart, end: hitStart + text.length, text, span });
    }
  }
  return hits;
}
